namespace Iop.Domain.Json.Tests;
public sealed class Scratch
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var t in new[] { typeof(Intensity.Session), typeof(Outcomes.Proportion), typeof(Coding.CodedValue), typeof(Intensity.IntensityRuleSet) })
        {
            try
            {
                var v = new ValueFactory(7).Make(t);
                var json = IopJson.Serialize(v, t);
                sb.AppendLine(json);
                var back = IopJson.Deserialize(json, t);
                sb.AppendLine(IopJson.Serialize(back, t));
                sb.AppendLine(v.Equals(back).ToString());
            }
            catch (Exception ex) { sb.AppendLine(ex.ToString()[..Math.Min(1500, ex.ToString().Length)]); }
        }
        File.WriteAllText("/tmp/dump.txt", sb.ToString());
    }
}
