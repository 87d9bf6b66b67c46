using DarkSector.Reporting.Rates;
using DarkSector.Sampling.Distributed;

namespace DarkSector.Reporting.Tests.Rates;

/// <summary>The merged sharded rate's file and summary (<see cref="RateRun.WriteMerged"/>).</summary>
public sealed class RateRunShardTests
{
    [Fact]
    public void WriteMerged_WritesTheReportAsALine_AndSummarisesIt()
    {
        string folder = Directory.CreateTempSubdirectory("ds-rate-merge-").FullName, path = Path.Combine(folder, "rate.json");
        try
        {
            var request = new JobRequest("rate", ["miniboone", "dipole", "--mn", "0.4"]);
            var (json, text) = RateRun.WriteMerged("{\n  \"selected\": 1.5\n}", path, request, 3);
            Assert.Equal("{\n  \"selected\": 1.5\n}" + Environment.NewLine, File.ReadAllText(path));
            Assert.Equal(["file", "chunks", "fingerprint"], json.Select(kv => kv.Key));
            Assert.Equal(path, (string?)json["file"]);
            Assert.Equal(3, (int?)json["chunks"]);
            Assert.Equal(request.Fingerprint, (string?)json["fingerprint"]);
            Assert.Equal($"merged rate of 3 event chunks; written {path}", text);
        }
        finally { Directory.Delete(folder, true); }
    }
}
