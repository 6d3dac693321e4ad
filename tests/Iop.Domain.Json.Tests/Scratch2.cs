using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
namespace Iop.Domain.Json.Tests;
public sealed class Scratch2
{
    [Fact]
    public void Dump2()
    {
        var sb = new System.Text.StringBuilder();
        var resolver = IopJsonContext.Default.WithAddedModifier(info =>
        {
            if (info.Kind == JsonTypeInfoKind.Object && info.Type.Namespace!.StartsWith("Iop.Domain", StringComparison.Ordinal))
                sb.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{info.Type.Name}: create={info.CreateObject != null} ctorattr={info.ConstructorAttributeProvider} props={string.Join(",", info.Properties.Select(p => p.Name + (p.Set != null ? "+set" : "") + (p.AssociatedParameter != null ? "+ctor" : "")))}");
        });
        var o = new JsonSerializerOptions { TypeInfoResolver = resolver };
        foreach (var t in new[] { typeof(Intensity.Session), typeof(Coding.CodedValue), typeof(Intensity.BillingDay), typeof(Intensity.IntensityRuleSet), typeof(Intensity.WeeklyIntensity) }) o.GetTypeInfo(t);
        var ti = o.GetTypeInfo(typeof(Coding.CodedValue));
        sb.AppendLine("after: " + string.Join(",", ti.Properties.Select(p => p.Name + (p.AssociatedParameter != null ? "+ctor" : ""))) + " ctorattr=" + ti.ConstructorAttributeProvider);
        File.WriteAllText("/tmp/dump2.txt", sb.ToString());
    }
}
