namespace DarkSector.Sampling.Events;

/// <summary>Storage type of an event column.</summary>
internal enum EventColumnKind : byte
{
    Float32 = 1,
    Float64 = 2,
    Int8 = 3,
    UInt8 = 4,
}
