#!/usr/bin/env python3
"""Generates the JSON shapes and converters of the core's constructor-built types.

System.Text.Json binds a constructor only when its parameters match the properties exactly (an
IEnumerable<T> parameter does not bind an IReadOnlyList<T> property) and never binds a struct's
constructor without [JsonConstructor], which the core does not carry. So every core type with a public
constructor is written as a shape record (its constructor parameters and init-only properties, typed as
the properties) and read back through that constructor and those init setters, so the core's checks run.

Input: the public-API snapshot (tests/Iop.Domain.Tests/Conventions/PublicApi.approved.txt).
Output: Shapes.g.cs beside this script. Run from the repository root after the snapshot changes:
    python3 src/Iop.Domain.Json/Generated/generate-shapes.py
The JSON tests fail while the output is stale (GeneratedShapesTests).
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
API = os.path.join(ROOT, "tests", "Iop.Domain.Tests", "Conventions", "PublicApi.approved.txt")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Shapes.g.cs")

# Generic definitions, closed with the type arguments the core uses (string for a caller's key or group).
CLOSED = {
    "Iop.Domain.Rules.Evaluation": [["System.Int32"], ["Iop.Domain.TreatmentPlans.ReviewSchedule"]],
    "Iop.Domain.Rules.RuleSetCatalogue": [["Iop.Domain.Intensity.IntensityRuleSet"], ["Iop.Domain.Intensity.BillingRuleSet"],
                                          ["Iop.Domain.Outcomes.CohortCriteria"], ["Iop.Domain.Outcomes.EpisodeCriteria"]],
    "Iop.Domain.Outcomes.Episode": [["System.String"]],
    "Iop.Domain.Outcomes.CohortReport": [["System.String"]],
    "Iop.Domain.Outcomes.SuppressedCohortReport": [["System.String"]],
    "Iop.Domain.Outcomes.ReportCell": [["Iop.Domain.Outcomes.Proportion?"], ["System.Double?"], ["System.Int32?"], ["System.Int64"]],
}


def split_top(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch in "<([":
            depth += 1
        elif ch in ">)]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def cs(type_text):
    return re.sub(r"(?<![\w.:])(Iop|System|NodaTime)\.", r"global::\1.", type_text)


def simple(type_text):
    name = re.sub(r"<.*", "", type_text).split(".")[-1]
    args = re.findall(r"<(.*)>", type_text)
    if args:
        name += "Of" + "".join(a.split(".")[-1].rstrip("?") for a in split_top(args[0]))
    return name


# Types with a converter by hand (Converters/): a rule id is its plain string; a built-in safety item keeps its messages.
HAND_CONVERTED = {"Iop.Domain.Rules.RuleId", "Iop.Domain.Outcomes.SafetyItem", "Iop.Domain.Continuum.UsState",
                  # Shapes by hand (Shapes/Shapes.cs): per-instrument entries set by pseudo-mutators; a score made again from
                  # the answers; a series that keeps its administrations; a plan as its versions, oldest first.
                  "Iop.Domain.Outcomes.ScoringPolicy", "Iop.Domain.Outcomes.Administration", "Iop.Domain.Outcomes.MeasurementSeries",
                  "Iop.Domain.TreatmentPlans.TreatmentPlan"}

# Constructor parameters that are derived state: not written; the constructor gets this placeholder and the init-only
# members written beside it overwrite what it set (an objective's status is read from its lifecycle and achievement).
DERIVED = {
    "Iop.Domain.TreatmentPlans.Objective": {"status": "global::Iop.Domain.TreatmentPlans.ObjectiveStatus.NotStarted"},
}

# State set through a pseudo-mutator rather than the constructor or an init setter: the members join the shape and
# the call follows the construction.
AFTER = {
    "Iop.Domain.Outcomes.ChangeCriteria": (["FollowUpFromDays", "FollowUpToDays"], ".WithFollowUpWindow(shape.FollowUpFromDays, shape.FollowUpToDays)"),
}

# Results of evaluations (no public constructor): read back as the record of a decision already taken (decision
# 0073), through the core's internal FromRecord, which takes these public parts in this order and checks what can be
# checked. "Member:Expression" writes the member from value.Expression (an internal accessor of the stored state).
RESULTS = {
    "Iop.Domain.Intensity.BillingDay": ["Date", "Services", "QualifyingHours", "Tier", "MeetsH0015DayHours", "ProfessionalServices", "BillableAsH0015"],
    "Iop.Domain.Intensity.BillingSummary": ["Range", "Days", "NoTierDays", "ThreeServiceDays", "FourOrMoreServiceDays", "H0015Days", "Findings", "CostBasedDays", "WeeklyAddOnWeeks"],
    "Iop.Domain.Intensity.ClaimOverlapCheck": ["OverlappingPartialHospitalization", "BeforeAnotherClaim", "Findings"],
    "Iop.Domain.Intensity.IntensityEvaluation": ["Level", "AgeGroup", "Range", "FirstDayOfWeek", "Standard", "Weeks", "Attendance", "ScheduledHours", "AttendedHours", "QualifyingHours", "Findings"],
    "Iop.Domain.Intensity.WeeklyIntensity": ["Number", "Week", "DaysInRange", "Sessions", "ScheduledHours", "AttendedHours", "QualifyingHours", "ServiceDays", "SuggestedLevel", "Findings"],
    "Iop.Domain.Continuum.RecertificationDue": ["Rule", "DueBy"],
    "Iop.Domain.Continuum.AsamEditionMapping": ["Source", "Edition", "Targets", "IsLossy"],
    "Iop.Domain.TreatmentPlans.ReviewSchedule": ["AsOf", "Items"],
    "Iop.Domain.Placement.TransitionDecision": ["Outcome", "CurrentLevel", "NextLevel", "Basis", "Placement", "DaysAtLevel", "RecertificationDueOn", "Findings"],
    "Iop.Domain.Outcomes.BamScore": ["Use", "Risk", "Protective", "Satisfaction"],
    "Iop.Domain.Outcomes.InstrumentScore": ["Instrument", "Policy", "Sex", "Total", "PositiveScreen", "AnsweredItems", "IsProrated", "CarriedAnswer", "ItemAnswers", "Findings"],
    "Iop.Domain.Outcomes.SymptomChange": ["Instrument", "Baseline", "Latest", "FollowUp", "ItemChanges", "IsEligible", "Response", "Remission", "ReliableChangeIndex", "Category", "IsNotOnTrack", "Findings"],
    "Iop.Domain.Outcomes.EpisodeOutcome": ["LengthOfStay", "IsCensored", "IsCompleted", "SteppedDown", "SteppedUp", "FollowUpShort", "FollowUpLong", "Initiated", "Engaged", "AttendedSessions", "Change"],
    "Iop.Domain.Outcomes.MeasurementsDue": ["Instruments", "Findings"],
    "Iop.Domain.Outcomes.InstrumentDue": ["Instrument", "LastAdministered", "NextOccasion", "NextDue", "DueBy", "IsDue", "IsOverdue"],
    "Iop.Domain.Outcomes.ReportCell": ["Value:RecordedValue", "Reason"],
    "Iop.Domain.Outcomes.CohortReport": ["Overall", "ByLevel", "ByGroup"],
    "Iop.Domain.Outcomes.SuppressedCohortReport": ["Overall", "ByLevel", "ByGroup"],
    "Iop.Domain.Matching.MatchCriterion": ["RuleId", "Strength", "Modality", "Aftercare"],
    "Iop.Domain.Matching.TrackRejection": ["TrackIndex", "Track", "Findings"],
    "Iop.Domain.Matching.ProgrammeExclusion": ["Programme", "Findings", "RejectedTracks"],
    "Iop.Domain.Matching.ProgrammeMatch": ["Programme", "Rank", "Tracks", "Met", "UnmetPreferences", "RejectedTracks", "PreferencesMet"],
    "Iop.Domain.Matching.MatchResult": ["Matches", "Exclusions", "Standard"],
}


def result_of(name, members):
    base = re.sub(r"<.*", "", name)
    if base not in RESULTS:
        return None
    props = {}
    for mem in members:
        pm = re.match(r"^(?!static )(.+) (\w+) \{ get; \}$", mem)
        if pm:
            props[pm.group(2)] = (pm.group(1).replace("??", "?"), False)
    fields = [m.split(":") + ([] if ":" in m else [m]) for m in RESULTS[base]]
    return {"name": name, "result": [(f, e) for f, e in fields], "props": props}


HAND_SHAPES = ["AsamLevelShape", "HoursCeilingShape", "FindingSubjectShape", "InstrumentItemShape", "RatedDimensionShape",
               "MeasurableTargetShape", "LevelOfCareEntryShape", "LevelOfCareHistoryShape", "CohortSummaryShape", "SafetyItemShape",
               "ScoringPolicyStateShape", "MissingLimitEntryShape", "SexCutOffsEntryShape", "CutOffEntryShape", "AdministrationAnswersShape",
               "MeasurementSeriesStateShape", "TreatmentPlanVersionsShape", "TreatmentPlanVersionShape",
               "BillingCodeMapShape", "BillingCodeEntryShape", "SuppressedCohortSummaryShape"]


def parse():
    return [t for t in parse_all() if t["kind"] == "type"]


def parse_all():
    types, cur = [], None
    for line in open(API, encoding="utf-8").read().splitlines():
        if not line.startswith(" "):
            head = line.split(" : ")[0]
            cur = {"head": head, "name": head.split(" ")[-1], "members": [],
                   "kind": "skip" if (" static class " in f" {head} " or " interface " in head or " enum " in head) else "type"}
            types.append(cur)
        else:
            cur["members"].append(line.strip())
            # A type holding spans (EpisodeColumns) is a view over the caller's memory, not data: no shape.
            if "System.ReadOnlySpan<" in line and "{ get;" in line:
                cur["kind"] = "skip"
    return types


def instantiate(t):
    name = t["name"]
    m = re.match(r"(.*)<(.*)>$", name)
    if not m:
        return [(name, t["members"])]
    base, params = m.group(1), split_top(m.group(2))
    result = []
    for args in CLOSED.get(base, []):
        def sub(text):
            for p, a in zip(params, args):
                value_type = a in ("System.Int32", "System.Int64", "System.Boolean", "System.Double", "System.Decimal")
                text = re.sub(rf"(?<![\w.]){p}\?", a + ("" if value_type else "?"), text)
                text = re.sub(rf"(?<![\w.]){p}(?![\w])", a, text)
            return text
        result.append((f"{base}<{', '.join(args)}>", [sub(x) for x in t["members"]]))
    return result


def shape_of(name, members):
    props = {}
    for mem in members:
        pm = re.match(r"^(?!static )(.+) (\w+) \{ get; (init; )?\}$", mem)
        if pm:
            props[pm.group(2)] = (pm.group(1), bool(pm.group(3)))
    ctors = []
    for mem in members:
        cm = re.match(r"^ctor\((.*)\)$", mem)
        if cm:
            params = []
            for p in split_top(cm.group(1)):
                p = p.split(" = ")[0].strip()
                ptype, pname = p.rsplit(" ", 1)
                params.append((ptype, pname))
            ctors.append(params)
    best = None
    for params in sorted(ctors, key=len, reverse=True):
        mapped = []
        for ptype, pname in params:
            prop = next((k for k in props if k.lower() == pname.lower()), None)
            if prop is None:
                break
            mapped.append((prop, pname))
        else:
            best = mapped
            break
    if best is None:
        return None
    bound = {p for p, _ in best}
    inits = [k for k, (_, init) in props.items() if init and k not in bound]
    after, call = AFTER.get(name, ([], ""))
    return {"name": name, "ctor": best, "inits": inits, "props": props, "after": after, "call": call}


def main():
    shapes, output_only = [], []
    for t in parse():
        for name, members in instantiate(t):
            shape = None if name in HAND_CONVERTED else shape_of(name, members) or result_of(name, members)
            has_ctor = any(m.startswith("ctor(") for m in members)
            if shape is not None:
                shapes.append(shape)
            elif not has_ctor and name not in HAND_CONVERTED:
                output_only.append(name)
    out = ["// <auto-generated>",
           "// Generated by generate-shapes.py from the public-API snapshot; do not edit. See the script for why.",
           "// </auto-generated>",
           "#nullable enable",
           "using System.Text.Json.Serialization;",
           "using Iop.Domain.Json.Converters;",
           "",
           "namespace Iop.Domain.Json.Generated;",
           ""]
    for s in shapes:
        n = simple(s["name"])
        if "result" in s:
            t = cs(s["name"])
            label = re.sub(r"<.*", "", s["name"]).split(".")[-1] + ("&lt;" + ", ".join(a.split(".")[-1] for a in split_top(s["name"][s["name"].index("<") + 1:-1])) + "&gt;" if "<" in s["name"] else "")
            fields = ", ".join(f"{cs(s['props'][m][0])} {m}" for m, _ in s["result"])
            out.append(f"/// <summary>The JSON shape of <c>{label}</c>, a result: its public parts, as the record of a decision already taken.</summary>")
            out.append(f"internal sealed record {n}Shape({fields});")
            out.append("")
            out.append(f"/// <summary>Reads and writes <c>{label}</c> through its internal <c>FromRecord</c> (decision 0073).</summary>")
            out.append(f"internal sealed class {n}Converter : ShapeConverter<{t}, {n}Shape>")
            out.append("{")
            out.append(f"    protected override {n}Shape ToShape({t} value) => new({', '.join(f'value.{e}' for _, e in s['result'])});")
            out.append("")
            out.append(f"    protected override {t} FromShape({n}Shape shape) => {t}.FromRecord({', '.join(f'shape.{m}' for m, _ in s['result'])});")
            out.append("}")
            out.append("")
            continue
        derived = DERIVED.get(s["name"], {})
        members = [p for p, pname in s["ctor"] if pname not in derived] + s["inits"] + s["after"]
        fields = ", ".join(f"{cs(s['props'][m][0])} {m}" for m in members)
        out.append(f"/// <summary>The JSON shape of <c>{s['name'].split('.')[-1].replace('<', '&lt;').replace('>', '&gt;')}</c>: its constructor parameters and init-only properties.</summary>")
        out.append(f"internal sealed record {n}Shape({fields});")
        out.append("")
        t = cs(s["name"])
        to = ", ".join(f"value.{m}" for m in members)
        # An unconstrained generic T? parameter of a closed reference type is declared T: the shape's null passes on.
        args = ", ".join(derived[pn] if pn in derived else f"shape.{p}" + ("!" if "<" in s["name"] and s["props"][p][0].endswith("?") else "") for p, pn in s["ctor"])
        init = "" if not s["inits"] else " { " + ", ".join(f"{m} = shape.{m}" for m in s["inits"]) + " }"
        out.append(f"/// <summary>Reads and writes <c>{s['name'].split('.')[-1].replace('<', '&lt;').replace('>', '&gt;')}</c> through its public constructor.</summary>")
        out.append(f"internal sealed class {n}Converter : ShapeConverter<{t}, {n}Shape>")
        out.append("{")
        out.append(f"    protected override {n}Shape ToShape({t} value) => new({to});")
        out.append("")
        built = f"new {t}({args}){init}"
        body = f"({built}){s['call']}" if s["call"] else f"new({args}){init}"
        out.append(f"    protected override {t} FromShape({n}Shape shape) => {body};")
        out.append("}")
        out.append("")
    out.append("/// <summary>The generated converters, and the results that are written but never read.</summary>")
    out.append("internal static class GeneratedContract")
    out.append("{")
    out.append("    public static JsonConverter[] Converters() =>")
    out.append("    [")
    for s in shapes:
        out.append(f"        new {simple(s['name'])}Converter(),")
    out.append("    ];")
    out.append("")
    out.append("    public static readonly Type[] OutputOnly =")
    out.append("    [")
    for name in output_only:
        out.append(f"        typeof({cs(name)}),")
    out.append("    ];")
    out.append("}")
    out.append("")
    # The context: every public type of the core (the closed generics too), and every shape.
    roots, enums = [], []
    for t in parse_all():
        if " enum " in t["head"]:
            enums.append(t["name"])
        elif t["kind"] == "type":
            roots.extend(name for name, _ in instantiate(t))
    ctx = ["// <auto-generated>", "// Generated by generate-shapes.py from the public-API snapshot; do not edit.", "// </auto-generated>",
           "using System.Text.Json.Serialization;", "", "namespace Iop.Domain.Json;", "",
           "/// <summary>",
           "/// The source-generated metadata of the contract: every public type of the core (generic ones closed with the",
           "/// type arguments the core uses), and the shapes that carry their state. Used through <see cref=\"IopJson\"/>.",
           "/// </summary>"]
    for name in roots + enums:
        ctx.append(f"[JsonSerializable(typeof({cs(name)}))]")
    for s in shapes:
        ctx.append(f"[JsonSerializable(typeof(Generated.{simple(s['name'])}Shape))]")
    for hand in HAND_SHAPES:
        ctx.append(f"[JsonSerializable(typeof(Shapes.{hand}))]")
    ctx.append("internal sealed partial class IopJsonContext : JsonSerializerContext;")
    ctx.append("")
    out.insert(out.index("    public static readonly Type[] OutputOnly ="), "    /// <summary>The root types of the contract, one schema file each.</summary>")
    roots_block = ["    public static readonly Type[] Roots =", "    ["] + [f"        typeof({cs(n)})," for n in roots] + ["    ];", ""]
    idx = out.index("    /// <summary>The root types of the contract, one schema file each.</summary>")
    out[idx + 1:idx + 1] = roots_block
    out.insert(idx + 1 + len(roots_block), "    /// <summary>Results: written in full, refused on reading.</summary>")
    text = "\n".join(out)
    ctx_text = "\n".join(ctx)
    if "--check" in sys.argv:
        stale = open(OUT, encoding="utf-8").read() != text or open(OUT.replace("Shapes.g.cs", "IopJsonContext.g.cs"), encoding="utf-8").read() != ctx_text
        sys.exit(1 if stale else 0)
    open(OUT, "w", encoding="utf-8").write(text)
    open(OUT.replace("Shapes.g.cs", "IopJsonContext.g.cs"), "w", encoding="utf-8").write(ctx_text)
    print(f"{len(shapes)} shapes, {len(output_only)} output-only results")


main()
