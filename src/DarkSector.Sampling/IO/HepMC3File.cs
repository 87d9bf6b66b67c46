using System.Globalization;
using System.Text;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;

using static System.FormattableString;

namespace DarkSector.Sampling.IO;

/// <summary>
/// Event samples in the HepMC3 ASCII format (Asciiv3), the standard event record of the field, with the weight factors
/// as named weights.
/// </summary>
/// <remarks>
/// Buckley et al., "The HepMC3 event record library for Monte Carlo event generators", Comput. Phys. Commun. 260 (2021)
/// 107310; record types as written by HepMC3's WriterAscii. Run header: <c>W</c> with the weight names separated by
/// the escaped newline <c>\|</c> (total, generator, coupling, branching, decay_in_volume, selection, exposure) and
/// <c>T DarkSector\|version\|model</c>. Each event: <c>E n 2 particles</c>, <c>U GEV CM</c>, <c>W</c> weights,
/// attributes <c>A 3 helicity h</c> and <c>A 0 theta_name value</c>, then the beam neutrino (P 1, status 4) and target at
/// rest (P 2, status 4) entering the production vertex <c>V -1 0 [1,2] @ x y z 0</c>, the outgoing N (P 3, status 2) and
/// recoil (P 4, status 1), the decay vertex <c>V -2 0 [3] @ x y z 0</c> and the decay products (status 1). Masses are
/// the PDG values for leptons and photons, else computed from the stored momenta. Numbers are written in round-trip precision. Files are written atomically.
/// The reader accepts files of this layout (as written by <see cref="Write(EventSample, string)"/>) and rebuilds
/// channel and target tables from the PDG codes. Thread-safe (no shared state).
/// </remarks>
public static class HepMC3File
{
    private const string Start = "HepMC::Asciiv3-START_EVENT_LISTING", End = "HepMC::Asciiv3-END_EVENT_LISTING";
    private static readonly string[] WeightNames = ["total", "generator", "coupling", "branching", "decay_in_volume", "selection", "exposure"];

    /// <summary>Writes <paramref name="sample"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(EventSample sample, string path)
    {
        ArgumentNullException.ThrowIfNull(sample);
        AtomicFile.Write(path, s => Write(sample, s));
    }

    /// <summary>Writes <paramref name="sample"/> to a stream (left open).</summary>
    public static void Write(EventSample sample, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var m = sample.Metadata;
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("HepMC::Version 3.02.05");
        w.WriteLine(Start);
        w.WriteLine("W " + string.Join("\\|", WeightNames));
        w.WriteLine(Invariant($"T DarkSector\\|{Escape(m.SoftwareVersion)}\\|{Escape(m.Model)}"));
        var line = new StringBuilder(256);
        for (int i = 0; i < sample.Count; i++)
        {
            var e = sample[i];
            var channel = m.DecayChannels.Count > 0 ? m.DecayChannels[e.Channel].ProductPdgCodes : [];
            var target = m.Targets.Count > 0 ? m.Targets[e.Target] : new TargetInfo("unknown", 0, 1);
            w.WriteLine(Invariant($"E {i} 2 {4 + channel.Count}"));
            w.WriteLine("U GEV CM");
            line.Clear().Append("W ").Append(F(e.TotalWeight));
            for (int f = 0; f < 6; f++) line.Append(' ').Append(F(e.Weight((WeightFactor)f)));
            w.WriteLine(line);
            w.WriteLine(Invariant($"A 3 helicity {e.HnlHelicity}"));
            for (int k = 0; k < sample.ParameterCount; k++) w.WriteLine(Invariant($"A 0 theta_{m.ParameterNames[k]} {F(sample.Parameters(k)[i])}"));
            w.WriteLine(Particle(1, 0, m.NeutrinoPdgCode, e.Neutrino, 4));
            w.WriteLine(Particle(2, 0, target.PdgCode, FourMomentum.AtRest(target.MassGeV), 4));
            w.WriteLine(Invariant($"V -1 0 [1,2] @ {F(e.ProductionVertex.X)} {F(e.ProductionVertex.Y)} {F(e.ProductionVertex.Z)} 0"));
            w.WriteLine(Particle(3, -1, m.HnlPdgCode, e.Hnl, 2));
            w.WriteLine(Particle(4, -1, target.PdgCode, e.Recoil, 1));
            w.WriteLine(Invariant($"V -2 0 [3] @ {F(e.DecayVertex.X)} {F(e.DecayVertex.Y)} {F(e.DecayVertex.Z)} 0"));
            for (int k = 0; k < channel.Count; k++) w.WriteLine(Particle(5 + k, -2, channel[k], e[ParticleSlot.Product1 + k], 1));
        }
        w.WriteLine(End);
    }

    /// <summary>Reads a file written by <see cref="Write(EventSample, string)"/>.</summary>
    /// <exception cref="FormatException">Not HepMC3 ASCII, truncated (no end marker) or a malformed record (the message gives the line).</exception>
    public static EventSample Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    /// <summary>Reads HepMC3 ASCII text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="FormatException">Not HepMC3 ASCII, truncated or malformed.</exception>
    public static EventSample Read(TextReader reader, string source = "hepmc")
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        string? Next() { lineNumber++; return reader.ReadLine(); }
        FormatException Bad(string what) => new($"{source}, line {lineNumber}: {what}");

        if (Next() is not { } version || !version.StartsWith("HepMC::Version 3", StringComparison.Ordinal)) throw Bad("not a HepMC3 file (no 'HepMC::Version 3' line)");
        if (Next() != Start) throw Bad($"expected '{Start}'");
        string model = "", softwareVersion = "";
        var events = new List<(EventRecord Event, int TargetPdg, double TargetMass, int[] Products, double[] Theta)>();
        var thetaNames = new List<string>();
        int nuPdg = 14, hnlPdg = 5914;
        string? line = Next();
        while (line is not null && !line.StartsWith("E ", StringComparison.Ordinal) && line != End)
        {
            if (line.StartsWith("T ", StringComparison.Ordinal))
            {
                var parts = line[2..].Split("\\|");
                if (parts.Length >= 3) { softwareVersion = Unescape(parts[1]); model = Unescape(string.Join("\\|", parts[2..])); }
            }
            line = Next();
        }
        while (line is not null && line != End)
        {
            if (!line.StartsWith("E ", StringComparison.Ordinal)) throw Bad($"expected an 'E' event line, found '{Truncate(line)}'");
            var weights = Array.Empty<double>();
            var theta = new List<double>();
            sbyte helicity = 0;
            var particles = new Dictionary<int, (int Pdg, FourMomentum P, double Mass)>();
            var vertices = new Dictionary<int, ThreeVector>();
            var products = new List<int>();
            for (line = Next(); line is not null && line != End && !line.StartsWith("E ", StringComparison.Ordinal); line = Next())
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (f[0])
                {
                    case "U":
                        if (f.Length != 3 || f[1] != "GEV" || f[2] != "CM") throw Bad("units must be 'U GEV CM'");
                        break;
                    case "W":
                        weights = f.Skip(1).Select(s => Number(s, Bad)).ToArray();
                        if (weights.Length != WeightNames.Length) throw Bad($"{weights.Length} weights, expected {WeightNames.Length}");
                        break;
                    case "A" when f.Length == 4 && f[2] == "helicity":
                        helicity = (sbyte)Number(f[3], Bad);
                        break;
                    case "A" when f.Length == 4 && f[2].StartsWith("theta_", StringComparison.Ordinal):
                        if (events.Count == 0) thetaNames.Add(f[2]["theta_".Length..]);
                        theta.Add(Number(f[3], Bad));
                        break;
                    case "A":
                        break;
                    case "P":
                        if (f.Length != 10) throw Bad("a 'P' line needs 9 fields: id parent pdg px py pz e m status");
                        int id = (int)Number(f[1], Bad), parent = (int)Number(f[2], Bad), pdg = (int)Number(f[3], Bad);
                        particles[id] = (pdg, new FourMomentum(Number(f[7], Bad), Number(f[4], Bad), Number(f[5], Bad), Number(f[6], Bad)), Number(f[8], Bad));
                        if (parent == -2) products.Add(id);
                        break;
                    case "V":
                        int at = Array.IndexOf(f, "@");
                        if (f.Length < 4 || at < 0 || f.Length < at + 4) throw Bad("a 'V' line needs 'V id status [in] @ x y z t'");
                        vertices[(int)Number(f[1], Bad)] = new ThreeVector(Number(f[at + 1], Bad), Number(f[at + 2], Bad), Number(f[at + 3], Bad));
                        break;
                    default:
                        throw Bad($"unknown record '{Truncate(line)}'");
                }
            }
            if (weights.Length == 0 || !particles.ContainsKey(1) || !particles.ContainsKey(2) || !particles.ContainsKey(3) || !particles.ContainsKey(4)
                || !vertices.ContainsKey(-1) || !vertices.ContainsKey(-2) || products.Count is < 1 or > 3)
                throw Bad(line is null
                    ? $"file truncated inside event {events.Count}"
                    : $"event {events.Count} is incomplete (needs W, particles 1-4, vertices -1 and -2, 1-3 decay products)");
            if (events.Count > 0 && theta.Count != thetaNames.Count) throw Bad($"event {events.Count} has {theta.Count} theta attributes, expected {thetaNames.Count}");
            nuPdg = particles[1].Pdg;
            hnlPdg = particles[3].Pdg;
            var e = new EventRecord
            {
                Neutrino = particles[1].P, Hnl = particles[3].P, Recoil = particles[4].P, HnlHelicity = helicity,
                Product1 = particles[products[0]].P,
                Product2 = products.Count > 1 ? particles[products[1]].P : default,
                Product3 = products.Count > 2 ? particles[products[2]].P : default,
                ProductionVertex = vertices[-1], DecayVertex = vertices[-2],
                GeneratorWeight = weights[1], CouplingWeight = weights[2], BranchingRatio = weights[3],
                DecayInVolume = weights[4], Selection = weights[5], Exposure = weights[6],
            };
            events.Add((e, particles[2].Pdg, particles[2].Mass, products.Select(p => particles[p].Pdg).ToArray(), theta.ToArray()));
        }
        if (line != End) throw Bad($"missing '{End}' (file truncated)");

        var channels = new List<DecayChannelInfo>();
        var targets = new List<TargetInfo>();
        foreach (var ev in events)
        {
            if (!channels.Any(c => c.ProductPdgCodes.SequenceEqual(ev.Products)))
                channels.Add(new DecayChannelInfo("decay_" + string.Join('_', ev.Products), ev.Products));
            if (!targets.Any(t => t.PdgCode == ev.TargetPdg)) targets.Add(new TargetInfo($"pdg{ev.TargetPdg}", ev.TargetPdg, ev.TargetMass));
        }
        var sample = new EventSample(new EventSampleMetadata
        {
            Model = model, SoftwareVersion = softwareVersion, NeutrinoPdgCode = nuPdg, HnlPdgCode = hnlPdg,
            DecayChannels = channels, Targets = targets, ParameterNames = thetaNames,
        }, events.Count);
        foreach (var ev in events)
        {
            byte channel = (byte)channels.FindIndex(c => c.ProductPdgCodes.SequenceEqual(ev.Products));
            byte target = (byte)targets.FindIndex(t => t.PdgCode == ev.TargetPdg);
            sample.Add(ev.Event with { Channel = channel, Target = target }, ev.Theta);
        }
        return sample;
    }

    private static string Particle(int id, int parent, int pdg, FourMomentum p, int status) =>
        Invariant($"P {id} {parent} {pdg} {F(p.Px)} {F(p.Py)} {F(p.Pz)} {F(p.E)} {F(GeneratedMass(pdg, p))} {status}");

    /// <summary>The mass written for a particle: the PDG value for leptons and photons (a light mass cannot be recovered
    /// from single-precision E and p), otherwise √(E² − p²) of the stored momentum.</summary>
    private static double GeneratedMass(int pdg, FourMomentum p) => Math.Abs(pdg) switch
    {
        11 => Physics.PhysicalConstants.ElectronMassGeV,
        13 => Physics.PhysicalConstants.MuonMassGeV,
        12 or 14 or 16 or 22 => 0.0,
        _ => p.Mass,
    };

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static double Number(string s, Func<string, FormatException> bad) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : throw bad($"'{Truncate(s)}' is not a number");

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\n", "\\|");

    private static string Unescape(string s) => s.Replace("\\|", "\n").Replace("\\\\", "\\");

    private static string Truncate(string s) => s.Length > 60 ? s[..60] + "..." : s;
}
