using System.Diagnostics;

namespace DarkSector.Cli.Hosting;

/// <summary>Progress of a long command on stderr ("scan t2k-nd280: 40% (192/480), 12 s"): redrawn in place twice a second
/// on a terminal, one line every 5 s when redirected, nothing with <c>--quiet</c>; stdout stays clean.
/// <see cref="Advance"/> and <see cref="AddTotal"/> are thread-safe (parallel loops report through them).</summary>
internal sealed class CliProgress : IDisposable
{
    private readonly string _description;
    private readonly TextWriter? _writer;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private long _done, _total;

    private CliProgress(string description, long total, TextWriter? writer, bool terminal)
    {
        (_description, _total, _writer, _terminal) = (description, total, writer, terminal);
        var interval = TimeSpan.FromMilliseconds(terminal ? 500 : 5000);
        if (writer is not null) _timer = new Timer(_ => Write(), null, interval, interval);
    }

    /// <summary>Starts a display of <paramref name="total"/> steps described by <paramref name="description"/>.</summary>
    public static CliProgress Start(CliContext context, string description, long total) =>
        new(description, total, context.Quiet ? null : context.Error, ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Marks <paramref name="steps"/> more steps done.</summary>
    public void Advance(int steps = 1) => Interlocked.Add(ref _done, steps);

    /// <summary>Adds <paramref name="steps"/> to the total (work discovered along the way).</summary>
    public void AddTotal(long steps) => Interlocked.Add(ref _total, steps);

    /// <summary>A synchronous <see cref="IProgress{T}"/> that marks one step per report (e.g. per VEGAS iteration).</summary>
    public IProgress<T> Per<T>() => new StepPerReport<T>(this);

    private sealed class StepPerReport<T>(CliProgress progress) : IProgress<T>
    {
        public void Report(T value) => progress.Advance();
    }

    private void Write()
    {
        long done = Interlocked.Read(ref _done), total = Interlocked.Read(ref _total);
        string line = total > 0 ? $"{_description}: {100.0 * Math.Min(done, total) / total:0}% ({done}/{total}), {_clock.Elapsed.TotalSeconds:0} s"
            : $"{_description}: {done} steps, {_clock.Elapsed.TotalSeconds:0} s";
        lock (_writer!) _writer.Write(_terminal ? $"\r{line}   " : line + Environment.NewLine);
    }

    /// <summary>Ends the display (on a terminal the last state stays on its line).</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        if (_timer is null || !_terminal) return;
        Write();
        lock (_writer!) _writer.WriteLine();
    }
}
