using System.Globalization;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Tests.Events;

namespace DarkSector.Sampling.Tests.IO;

/// <summary>The packages run inside their users' applications, under the users' cultures: every text format they read
/// or write must give the same numbers under a culture with a decimal comma (and a non-ASCII group separator) as under
/// the invariant culture. This test project runs with ICU (InvariantGlobalization off) so the cultures are real.</summary>
public sealed class CultureInvarianceTests
{
    public static TheoryData<string> Cultures => ["de-DE", "fr-FR", "ar-EG"];

    private static T Under<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.NotEqual(".", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);   // the test means something
            return action();
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui); }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EventFiles_WrittenAndReadUnderTheCulture_EqualTheInvariantBytes(string culture)
    {
        var sample = SampleFactory.Random(200, withParameters: true);
        byte[] Csv() { var s = new MemoryStream(); EventCsvFile.Write(sample, s); return s.ToArray(); }
        byte[] HepMC() { var s = new MemoryStream(); HepMC3File.Write(sample, s); return s.ToArray(); }
        byte[] invariantCsv = Csv(), invariantHepMC = HepMC();

        Assert.Equal(invariantCsv, Under(culture, Csv));
        Assert.Equal(invariantHepMC, Under(culture, HepMC));
        var fromCsv = Under(culture, () => EventCsvFile.Read(new StringReader(System.Text.Encoding.UTF8.GetString(invariantCsv)), sample.Metadata));
        Assert.Equal(sample.Count, fromCsv.Count);
        var fromHepMC = Under(culture, () => HepMC3File.Read(new StringReader(System.Text.Encoding.UTF8.GetString(invariantHepMC))));
        Assert.Equal(sample.Count, fromHepMC.Count);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void FluxTable_ParsesTheSameUnderTheCulture(string culture)
    {
        const string table = "# E [GeV]  flux\n0.05 1.5e-10\n0.10 2.25e-10\n1.5 3.0e-11\n";
        var invariant = EnergySpectrum.Parse(new StringReader(table));
        var local = Under(culture, () => EnergySpectrum.Parse(new StringReader(table)));
        Assert.Equal(invariant.Integral, local.Integral);
        Assert.Equal(2.25e-10, local.Value(0.10));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ModelCards_ParseTheSameUnderTheCulture(string culture)
    {
        const string yaml = """
            model: dark-seesaw
            mD: [[1.5e-5]]
            mN: [0.1]
            lambdaL: [[0.01]]
            lambdaR: [[0.03]]
            mX: [[0.25]]
            mZprime: 1.25
            epsilon2: 4.6e-4
            alphaD: 0.25
            """;
        var invariant = DarkSeesawCard.ParseYaml(yaml);
        var local = Under(culture, () => DarkSeesawCard.ParseYaml(yaml));
        Assert.Equal(0.1, local.SterileMassGeV[0, 0]);
        Assert.Equal(invariant.ZPrimeMassGeV, local.ZPrimeMassGeV);
        Assert.Equal(invariant.Epsilon, local.Epsilon);
        Assert.Equal(invariant.AlphaDark, local.AlphaDark);
    }
}
