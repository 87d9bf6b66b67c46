using System.Diagnostics;
using Spectre.Console;

namespace DarkSector.Cli.Hosting;

/// <summary>
/// Progress of a long command on stderr: a Spectre.Console progress bar when stderr is a terminal, otherwise a plain line
/// "scan t2k-nd280: 40% (192/480), 12 s" every <see cref="PlainInterval"/>; nothing with <c>--quiet</c>. stdout stays
/// clean for the command's output (tables or --json).
/// </summary>
/// <remarks>Work reports through <see cref="Advance"/> (thread-safe, callable from parallel loops) and
/// <see cref="AddTotal"/>; <see cref="Dispose"/> ends the display. On a terminal the bar is drawn by Spectre's live display
/// on a background task while the command computes on its own thread.</remarks>
internal sealed class CliProgress : IDisposable
{
    /// <summary>Time between two plain progress lines.</summary>
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly string _description;
    private readonly TextWriter? _plain;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Task? _live;
    private readonly ManualResetEventSlim _finished = new();
    private ProgressTask? _task;
    private long _done;
    private long _total;
    private long _lastLineMs = long.MinValue / 2;

    private CliProgress(string description, long total, TextWriter? plain, bool terminal)
    {
        _description = description;
        _total = total;
        _plain = plain;
        if (plain is not null) _timer = new Timer(_ => WritePlain(), null, PlainInterval, PlainInterval);
        if (!terminal) return;
        var started = new ManualResetEventSlim();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        _live = Task.Run(() => console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                _task = ctx.AddTask(Markup.Escape(description), maxValue: Math.Max(1, Interlocked.Read(ref _total)));
                started.Set();
                _finished.Wait();
                _task.Value = _task.MaxValue;
            }));
        started.Wait(TimeSpan.FromSeconds(5));
    }

    /// <summary>Starts a display of <paramref name="total"/> steps described by <paramref name="description"/> (e.g.
    /// "scan t2k-nd280"), on stderr as the context allows.</summary>
    public static CliProgress Start(CliContext context, string description, long total)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Quiet) return new CliProgress(description, total, null, false);
        bool terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
        return new CliProgress(description, total, terminal ? null : context.Error, terminal);
    }

    /// <summary>Steps completed so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Marks <paramref name="steps"/> more steps done.</summary>
    public void Advance(int steps = 1)
    {
        Interlocked.Add(ref _done, steps);
        _task?.Increment(steps);
    }

    /// <summary>A synchronous <see cref="IProgress{T}"/> that marks one step per report (e.g. per VEGAS iteration).</summary>
    public IProgress<T> Per<T>() => new StepPerReport<T>(this);

    private sealed class StepPerReport<T>(CliProgress progress) : IProgress<T>
    {
        public void Report(T value) => progress.Advance();
    }

    /// <summary>Adds <paramref name="steps"/> to the total (work discovered along the way).</summary>
    public void AddTotal(long steps)
    {
        long total = Interlocked.Add(ref _total, steps);
        if (_task is not null) _task.MaxValue = Math.Max(1, total);
    }

    private void WritePlain()
    {
        // timer callbacks delayed by a busy thread pool arrive together: one line per half interval at most
        long now = _clock.ElapsedMilliseconds;
        if (now - Interlocked.Exchange(ref _lastLineMs, now) < PlainInterval.TotalMilliseconds / 2) return;
        long done = Done, total = Interlocked.Read(ref _total);
        string line = total > 0
            ? $"{_description}: {100.0 * Math.Min(done, total) / total:0}% ({done}/{total}), {_clock.Elapsed.TotalSeconds:0} s"
            : $"{_description}: {done} steps, {_clock.Elapsed.TotalSeconds:0} s";
        lock (_plain!) _plain.WriteLine(line);
    }

    /// <summary>Ends the display (the bar is completed and left on screen).</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        _finished.Set();
        _live?.Wait(TimeSpan.FromSeconds(5));
        _finished.Dispose();
    }
}
