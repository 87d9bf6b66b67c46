using System.Globalization;
using DarkSector.Physics;

namespace DarkSector.Sampling.Flux;

/// <summary>
/// A neutrino energy spectrum given as a table (E_i, φ_i): linear interpolation between the nodes, zero outside
/// [E_0, E_n]. For a beam flux φ is in neutrinos per GeV per cm² per POT.
/// </summary>
/// <remarks>
/// Value: φ(E) = φ_i + (φ_{i+1} − φ_i)(E − E_i)/(E_{i+1} − E_i) for E_i ≤ E ≤ E_{i+1}; 0 outside. The integral
/// ∫ φ dE is the trapezoid sum, exact for the piecewise-linear function. Text form: two columns "E  φ" per line
/// (whitespace or comma separated; '#' starts a comment). Immutable; thread-safe; <see cref="Value"/> allocates nothing.
/// </remarks>
public sealed class EnergySpectrum
{
    private readonly double[] _energies;
    private readonly double[] _values;
    private readonly double _inverseCellWidth;   // Value's interval lookup: K equal cells over [E_0, E_n] ...
    private readonly int[] _firstInterval;       // ... and, per cell, the interval that holds the cell's lower edge

    /// <summary>Creates the spectrum from nodes.</summary>
    /// <param name="energiesGeV">Node energies in GeV; ≥ 0, strictly increasing, at least 2.</param>
    /// <param name="values">φ at the nodes (e.g. per GeV per cm² per POT); finite, ≥ 0, not all zero.</param>
    /// <param name="description">Where the spectrum comes from (file name, built-in id).</param>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 nodes, energies not increasing, negative or non-finite values, or all zero.</exception>
    public EnergySpectrum(ReadOnlySpan<double> energiesGeV, ReadOnlySpan<double> values, string description = "")
    {
        if (energiesGeV.Length != values.Length) throw new ArgumentException($"energies ({energiesGeV.Length}) and values ({values.Length}) must have the same length", nameof(values));
        if (energiesGeV.Length < 2) throw new ArgumentException($"a spectrum needs at least 2 nodes (got {energiesGeV.Length})", nameof(energiesGeV));
        _energies = energiesGeV.ToArray();
        _values = values.ToArray();
        double integral = 0;
        for (int i = 0; i < _energies.Length; i++)
        {
            Check.NonNegative(_energies[i], $"energiesGeV[{i}]");
            Check.NonNegative(_values[i], $"values[{i}]");
            if (i > 0)
            {
                if (!(_energies[i] > _energies[i - 1]))
                    throw new ArgumentException($"energiesGeV must increase strictly: energiesGeV[{i}] = {_energies[i]} <= energiesGeV[{i - 1}] = {_energies[i - 1]}", nameof(energiesGeV));
                integral += 0.5 * (_values[i] + _values[i - 1]) * (_energies[i] - _energies[i - 1]);
            }
        }
        if (!(integral > 0)) throw new ArgumentException("the spectrum is zero everywhere", nameof(values));
        Integral = integral;
        (_inverseCellWidth, _firstInterval) = IntervalLookup(_energies);
        Description = description ?? "";
    }

    /// <summary>Where the spectrum comes from.</summary>
    public string Description { get; }

    /// <summary>Lowest node energy in GeV.</summary>
    public double MinEnergyGeV => _energies[0];

    /// <summary>Highest node energy in GeV.</summary>
    public double MaxEnergyGeV => _energies[^1];

    /// <summary>∫ φ dE over all energies (e.g. neutrinos per cm² per POT).</summary>
    public double Integral { get; }

    /// <summary>Node energies in GeV.</summary>
    public ReadOnlySpan<double> Energies => _energies;

    /// <summary>Node values.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>φ(E) by linear interpolation; 0 outside [<see cref="MinEnergyGeV"/>, <see cref="MaxEnergyGeV"/>] and for NaN.</summary>
    /// <param name="energyGeV">Neutrino energy in GeV.</param>
    public double Value(double energyGeV)
    {
        var energies = _energies;
        if (!(energyGeV >= energies[0] && energyGeV <= energies[^1])) return 0.0;
        // the interval with E_i ≤ E ≤ E_{i+1}: start at the one that holds the lower edge of E's cell and step (a few nodes
        // per cell at most; the steps back only absorb rounding at a cell edge) instead of a binary search
        int i = _firstInterval[Math.Min((int)((energyGeV - energies[0]) * _inverseCellWidth), _firstInterval.Length - 1)];
        while (i > 0 && energyGeV < energies[i]) i--;
        while (energyGeV > energies[i + 1]) i++;
        if (energyGeV == energies[i + 1]) return _values[i + 1];
        if (energyGeV == energies[i]) return _values[i];
        double t = (energyGeV - energies[i]) / (energies[i + 1] - energies[i]);
        return _values[i] + t * (_values[i + 1] - _values[i]);
    }

    /// <summary>Cells for <see cref="Value"/>'s interval lookup: 4n equal cells over [E_0, E_n] (n intervals) and, for
    /// each, the last node at or below its lower edge.</summary>
    private static (double InverseCellWidth, int[] FirstInterval) IntervalLookup(double[] energies)
    {
        int intervals = energies.Length - 1, cells = 4 * intervals;
        double width = (energies[^1] - energies[0]) / cells;
        var first = new int[cells];
        int i = 0;
        for (int k = 0; k < cells; k++)
        {
            double edge = energies[0] + k * width;
            while (i < intervals - 1 && energies[i + 1] <= edge) i++;
            first[k] = i;
        }
        return (1.0 / width, first);
    }

    /// <summary>Parses the two-column text form.</summary>
    /// <param name="reader">Text source.</param>
    /// <param name="description">Description (e.g. the file name), also used in error messages.</param>
    /// <exception cref="FormatException">A line does not hold exactly two numbers (the message gives the line), or the table is invalid.</exception>
    public static EnergySpectrum Parse(TextReader reader, string description = "flux") => Parse(reader, description, 0);

    /// <summary>Parses a multi-column table: energy in the first column, φ in column <paramref name="valueColumn"/>
    /// (1-based after the energy, e.g. 2 for ν_μ in the DarkNews layout E, ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ).</summary>
    /// <param name="reader">Text source.</param>
    /// <param name="description">Description, also used in error messages.</param>
    /// <param name="valueColumn">Column of φ, ≥ 1; 0 means "exactly two columns".</param>
    /// <exception cref="FormatException">A line is too short or not numeric, or the table is invalid.</exception>
    public static EnergySpectrum Parse(TextReader reader, string description, int valueColumn)
    {
        Check.AtLeast(valueColumn, 0);
        ArgumentNullException.ThrowIfNull(reader);
        var energies = new List<double>();
        var values = new List<double>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            int hash = line.IndexOf('#');
            string content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0) continue;
            var fields = content.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            if (valueColumn == 0 && fields.Length != 2)
                throw new FormatException($"{description}, line {number}: expected two columns 'E_GeV flux', found {fields.Length} (multi-column tables need the flux column chosen)");
            int column = Math.Max(1, valueColumn);
            if (fields.Length <= column
                || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double e)
                || !double.TryParse(fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                throw new FormatException($"{description}, line {number}: expected numbers 'E_GeV ... flux' with the flux in column {column + 1}, found '{content}'");
            energies.Add(e);
            values.Add(v);
        }
        try
        {
            return new EnergySpectrum(energies.ToArray(), values.ToArray(), description);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{description}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the two-column text file <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">Malformed file.</exception>
    public static EnergySpectrum Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, Path.GetFileName(path));
    }
}
