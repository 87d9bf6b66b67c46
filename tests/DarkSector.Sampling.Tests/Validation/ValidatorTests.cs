using DarkSector.Sampling.Validation;

namespace DarkSector.Sampling.Tests.Validation;

/// <summary>
/// <see cref="Validator.Judge"/>: a row agrees when |ours/published − 1| ≤ √(tolerance² + (σ_pub/pub)² + (2σ_MC/pub)²).
/// The MC term is the error of the ratio, σ_MC/|published| (closed form below); dividing by our value instead is too
/// strict above 1 and too lenient below, which the cases at ratio 1.5 and 0.5 tell apart.
/// </summary>
public sealed class ValidatorTests
{
    private static ValidationRow Row(double published, double publishedUncertainty = 0, double tolerance = 0.1) => new()
    {
        Id = "test/row", Experiment = "test", Quantity = "q", Published = published, PublishedUncertainty = publishedUncertainty,
        Source = "s", Assumptions = "a", RelativeTolerance = tolerance, ToleranceReason = "r", Compute = _ => new ValidationValue(0, 0),
    };

    [Theory]
    // published 10, tolerance 0.1: allowed = √(0.01 + (2σ/10)²)
    [InlineData(15, 2, 0.41231056256176607, ValidationVerdict.Differs)]   // ratio 1.5, 2σ/pub = 0.4: 0.5 > 0.412
    [InlineData(15, 3, 0.60827625302982202, ValidationVerdict.Agrees)]    // ratio 1.5, 2σ/pub = 0.6: 0.5 ≤ 0.608
    [InlineData(5, 2, 0.41231056256176607, ValidationVerdict.Differs)]    // ratio 0.5 (σ/ours would allow 0.806)
    [InlineData(5, 3, 0.60827625302982202, ValidationVerdict.Agrees)]
    [InlineData(10.5, 0, 0.1, ValidationVerdict.Agrees)]                  // no MC error: the tolerance alone
    public void Allowed_IsTheRatiosError(double ours, double mcError, double allowed, ValidationVerdict verdict)
    {
        var outcome = Validator.Judge(Row(10), new ValidationValue(ours, mcError));
        Assert.Equal(ours / 10, outcome.Ratio, 15);
        Assert.Equal(allowed, outcome.Allowed, 14);
        Assert.Equal(verdict, outcome.Verdict);
    }

    [Fact] // the published uncertainty adds in quadrature: 0.1, 0.3 (3/10) and 0.2 (2·1/10) give √0.14
    public void PublishedUncertainty_AddsInQuadrature() =>
        Assert.Equal(Math.Sqrt(0.14), Validator.Judge(Row(10, publishedUncertainty: 3), new ValidationValue(12, 1)).Allowed, 14);

    [Fact] // a baseline (the paper's assumptions) within its own allowance explains a row that differs
    public void Baseline_Explains()
    {
        var outcome = Validator.Judge(Row(10), new ValidationValue(20, 1, Baseline: 10.5, BaselineMcError: 0.5));
        Assert.Equal(ValidationVerdict.Explained, outcome.Verdict);
        Assert.Equal(ValidationVerdict.Differs, Validator.Judge(Row(10), new ValidationValue(20, 1, Baseline: 13, BaselineMcError: 0.5)).Verdict);
    }
}
