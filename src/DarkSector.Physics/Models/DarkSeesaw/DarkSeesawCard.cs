using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// Reads a dark-seesaw model card (JSON or YAML, same keys; docs/model-cards.md) into <see cref="DarkSeesawParameters"/>.
/// </summary>
/// <remarks>
/// <para>Keys (units GeV): <c>model</c> = "dark-seesaw" (required); <c>mD</c> n_a × n matrix; <c>mN</c> (n diagonal
/// sterile masses) or <c>mNMatrix</c> (n × n symmetric); <c>lambdaL</c>, <c>lambdaR</c> n × d; <c>mX</c> d × d;
/// <c>mZprime</c>; <c>epsilon2</c> or <c>epsilon</c>; <c>alphaD</c> or <c>gD</c>; optional <c>mPhi</c> (dark scalar
/// mass), <c>activeFlavours</c> (e.g. ["mu"]) and <c>description</c>. A matrix is an array of rows. Unknown keys,
/// missing keys, both alternatives of a pair, and wrong shapes are <see cref="FormatException"/>s naming the key;
/// out-of-range values are <see cref="ArgumentException"/>s naming the key.</para>
/// <para>Both formats are first turned into one tree (YAML plain scalars that parse as numbers become numbers) and
/// validated by one reader, so the two formats cannot drift apart. Thread-safe.</para>
/// </remarks>
public static class DarkSeesawCard
{
    /// <summary>The value of the <c>model</c> key.</summary>
    public const string ModelName = "dark-seesaw";

    private static readonly string[] AllowedKeys =
        ["model", "description", "mD", "mN", "mNMatrix", "lambdaL", "lambdaR", "mX", "mZprime", "epsilon", "epsilon2",
         "alphaD", "gD", "mPhi", "activeFlavours"];

    /// <summary>Parses a card in the format named by <paramref name="format"/>: "json", or "yaml"/"yml" (a file extension
    /// with its dot is accepted too, e.g. ".json"). No file I/O: read the text at the edge (e.g.
    /// <c>DarkSector.Sampling.IO.DarkSeesawCardFile.Load</c>).</summary>
    /// <param name="text">The card's text.</param>
    /// <param name="format">"json", "yaml" or "yml" (case-insensitive, optional leading dot).</param>
    /// <exception cref="FormatException">Unknown format, malformed text, unknown or missing key, wrong shape.</exception>
    /// <exception cref="ArgumentException">A value is out of range (the message names the key).</exception>
    public static DarkSeesawParameters Parse(string text, string format)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(format);
        return format.TrimStart('.').ToLowerInvariant() switch
        {
            "json" => ParseJson(text),
            "yaml" or "yml" => ParseYaml(text),
            _ => throw new FormatException($"model card format '{format}' is not json, yaml or yml"),
        };
    }

    /// <summary>Reads a card from <paramref name="reader"/> to its end; see <see cref="Parse(string, string)"/>.</summary>
    /// <param name="reader">The card's text (not disposed).</param>
    /// <param name="format">"json", "yaml" or "yml".</param>
    /// <exception cref="FormatException">Unknown format, malformed text, unknown or missing key, wrong shape.</exception>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static DarkSeesawParameters Parse(TextReader reader, string format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), format);
    }

    /// <summary>Parses a JSON card.</summary>
    /// <exception cref="FormatException">Malformed JSON, unknown or missing key, wrong shape.</exception>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static DarkSeesawParameters ParseJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowDuplicateProperties = false,
            });
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0; editors count from 1.
            string at = e.LineNumber is long line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            string reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd();
            throw new FormatException($"model card: malformed JSON{at}: {reason}", e);
        }
        return FromTree(root as JsonObject ?? throw new FormatException("model card: the top level must be an object of keys"));
    }

    /// <summary>Parses a YAML card (same keys as JSON).</summary>
    /// <exception cref="FormatException">Malformed YAML, unknown or missing key, wrong shape.</exception>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static DarkSeesawParameters ParseYaml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"model card: malformed YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
        if (stream.Documents.Count != 1)
            throw new FormatException($"model card: expected one YAML document, found {stream.Documents.Count}");
        return FromTree(ToJson(stream.Documents[0].RootNode, "") as JsonObject
                        ?? throw new FormatException("model card: the top level must be a mapping of keys"));
    }

    /// <summary>YAML node → JSON node: mappings become objects (keys unique), sequences arrays, plain numeric scalars numbers.</summary>
    private static JsonNode? ToJson(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    string key = (keyNode as YamlScalarNode)?.Value
                        ?? throw new FormatException($"model card: a key{(path.Length > 0 ? $" inside '{path}'" : "")} is not a plain name");
                    if (obj.ContainsKey(key)) throw new FormatException($"model card: key '{key}' appears twice");
                    obj[key] = ToJson(valueNode, path.Length > 0 ? $"{path}.{key}" : key);
                }
                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children) array.Add(ToJson(child, path));
                return array;
            case YamlScalarNode scalar:
                string value = scalar.Value ?? "";
                if (scalar.Style is ScalarStyle.Plain)
                {
                    if (value is "" or "~" or "null" or "Null" or "NULL") return null;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                        return JsonValue.Create(number);
                }
                return JsonValue.Create(value);
            default:
                throw new FormatException($"model card: unsupported YAML node at '{path}'");
        }
    }

    private static DarkSeesawParameters FromTree(JsonObject root)
    {
        foreach (var (key, _) in root)
            if (!AllowedKeys.Contains(key, StringComparer.Ordinal))
                throw new FormatException($"model card: unknown key '{key}'; allowed keys are {string.Join(", ", AllowedKeys)}");

        string model = String(root, "model") ?? throw Missing("model");
        if (model != ModelName)
            throw new FormatException($"model card: 'model' is '{model}' but this reader handles '{ModelName}'");

        var mD = Matrix(root, "mD", rows: null, columns: null) ?? throw Missing("mD");
        int nA = mD.GetLength(0), n = mD.GetLength(1);
        if (nA is < 1 or > 3) throw new FormatException($"model card: 'mD' has {nA} rows; it must have 1 to 3 (one per active flavour)");
        if (n < 1) throw new FormatException("model card: 'mD' has no columns; it must be n_active x n with n >= 1 sterile states");

        double[,] mN = OneOf(root, "mN", "mNMatrix") switch
        {
            "mN" => Diagonal(Vector(root, "mN", n)),
            _ => Matrix(root, "mNMatrix", n, n)!,
        };
        var mX = Matrix(root, "mX", rows: null, columns: null) ?? throw Missing("mX");
        int d = mX.GetLength(0);
        if (mX.GetLength(1) != d) throw new FormatException($"model card: 'mX' must be a square d x d matrix; it is {d} x {mX.GetLength(1)}");
        var lambdaL = Matrix(root, "lambdaL", n, d) ?? throw Missing("lambdaL");
        var lambdaR = Matrix(root, "lambdaR", n, d) ?? throw Missing("lambdaR");

        double mZ = Number(root, "mZprime") ?? throw Missing("mZprime");
        Check.Positive(mZ, "mZprime");
        double epsilon = OneOf(root, "epsilon", "epsilon2") == "epsilon"
            ? Check.InRange(Number(root, "epsilon")!.Value, 0, 1, "epsilon")
            : Math.Sqrt(Check.InRange(Number(root, "epsilon2")!.Value, 0, 1, "epsilon2"));
        double alphaD = OneOf(root, "alphaD", "gD") == "alphaD"
            ? Check.InRange(Number(root, "alphaD")!.Value, 0, 4 * Math.PI, "alphaD")
            : DarkPhoton.DarkPhotonModel.AlphaDarkFromGaugeCoupling(Check.InRange(Number(root, "gD")!.Value, 0, 4 * Math.PI, "gD"));
        if (alphaD <= 0) throw new ArgumentOutOfRangeException("alphaD", alphaD, "alphaD (or gD) must be > 0");
        double? mPhi = Number(root, "mPhi");
        if (mPhi is { } phi) Check.Positive(phi, "mPhi");
        String(root, "description");
        var flavours = Flavours(root, nA);

        try
        {
            return new DarkSeesawParameters(mD, mN, lambdaL, lambdaR, mX, mZ, epsilon, alphaD, flavours, mPhi);
        }
        catch (ArgumentException e) when (e.ParamName is { } name)
        {
            string key = name switch
            {
                "diracMassGeV" => "mD",
                "sterileMassGeV" => root.ContainsKey("mN") ? "mN" : "mNMatrix",
                "lambdaLGeV" => "lambdaL",
                "lambdaRGeV" => "lambdaR",
                "darkMassGeV" => "mX",
                _ => name,
            };
            throw new ArgumentException($"model card: '{key}': {e.Message.Split(" (Parameter")[0]}", key, e);
        }
    }

    private static FormatException Missing(string key) => new($"model card: required key '{key}' is missing");

    /// <summary>Exactly one of two alternative keys must be present; returns the one that is.</summary>
    private static string OneOf(JsonObject root, string a, string b)
    {
        bool hasA = root.ContainsKey(a), hasB = root.ContainsKey(b);
        if (hasA && hasB) throw new FormatException($"model card: give either '{a}' or '{b}', not both");
        if (!hasA && !hasB) throw new FormatException($"model card: one of '{a}' or '{b}' is required");
        return hasA ? a : b;
    }

    private static string? String(JsonObject root, string key)
    {
        if (!root.TryGetPropertyValue(key, out var node) || node is null) return null;
        if (node is JsonValue v && v.TryGetValue(out string? s)) return s;
        throw new FormatException($"model card: '{key}' must be a string");
    }

    private static double? Number(JsonObject root, string key)
    {
        if (!root.TryGetPropertyValue(key, out var node)) return null;
        return ToNumber(node, key);
    }

    private static double ToNumber(JsonNode? node, string what)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out double x))
            return Check.Finite(x, what);
        throw new FormatException($"model card: '{what}' must be a number");
    }

    private static double[] Vector(JsonObject root, string key, int length)
    {
        if (root[key] is not JsonArray array)
            throw new FormatException($"model card: '{key}' must be an array of {length} numbers");
        if (array.Count != length)
            throw new FormatException($"model card: '{key}' has {array.Count} entries but must have {length} (one per column of 'mD')");
        var result = new double[length];
        for (int i = 0; i < length; i++) result[i] = ToNumber(array[i], $"{key}[{i}]");
        return result;
    }

    /// <summary>A matrix given as an array of rows; <paramref name="rows"/>/<paramref name="columns"/> null = any.</summary>
    private static double[,]? Matrix(JsonObject root, string key, int? rows, int? columns)
    {
        if (!root.TryGetPropertyValue(key, out var node)) return null;
        string shape = rows is { } r0 && columns is { } c0 ? $"a {r0} x {c0} matrix (array of {r0} rows of {c0} numbers)" : "a matrix (array of rows of numbers)";
        if (node is not JsonArray array)
            throw new FormatException($"model card: '{key}' must be {shape}");
        int rowCount = array.Count;
        if (rows is { } r && rowCount != r)
            throw new FormatException($"model card: '{key}' has {rowCount} rows but must be {shape}");
        int? width = columns;
        var values = new List<double[]>();
        for (int i = 0; i < rowCount; i++)
        {
            if (array[i] is not JsonArray row)
                throw new FormatException($"model card: '{key}' row {i} is not an array; '{key}' must be {shape}");
            width ??= row.Count;
            if (row.Count != width)
                throw new FormatException($"model card: '{key}' row {i} has {row.Count} entries but must have {width}; '{key}' must be {shape}");
            var numbers = new double[row.Count];
            for (int j = 0; j < row.Count; j++) numbers[j] = ToNumber(row[j], $"{key}[{i}][{j}]");
            values.Add(numbers);
        }
        var matrix = new double[rowCount, width ?? 0];
        for (int i = 0; i < rowCount; i++)
            for (int j = 0; j < matrix.GetLength(1); j++)
                matrix[i, j] = values[i][j];
        return matrix;
    }

    private static double[,] Diagonal(double[] values)
    {
        var m = new double[values.Length, values.Length];
        for (int i = 0; i < values.Length; i++) m[i, i] = values[i];
        return m;
    }

    private static LeptonFlavour[]? Flavours(JsonObject root, int nA)
    {
        if (!root.TryGetPropertyValue("activeFlavours", out var node)) return null;
        if (node is not JsonArray array || array.Count != nA)
            throw new FormatException($"model card: 'activeFlavours' must be an array of {nA} names (one per row of 'mD') from e, mu, tau");
        return array.Select((item, i) => (item as JsonValue)?.TryGetValue(out string? s) == true ? s : null)
            .Select((s, i) => s switch
            {
                "e" => LeptonFlavour.Electron,
                "mu" => LeptonFlavour.Muon,
                "tau" => LeptonFlavour.Tau,
                _ => throw new FormatException($"model card: 'activeFlavours[{i}]' must be one of e, mu, tau"),
            }).ToArray();
    }
}
