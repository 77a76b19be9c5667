namespace IncidentBot.Storage.Tests;

/// <summary>
/// A disk that a test fills and empties at will, through <see cref="StorageOptions.WrapFile"/>: while it is full, a
/// write to a file it wraps fails as Linux fails it (ENOSPC), after putting down half of what it was given, as a
/// write that ran out of space half-way does.
/// </summary>
public sealed class FullDisk
{
    private const int NoSpaceLeftOnDevice = 28;

    private volatile bool _full;

    public bool IsFull
    {
        get => _full;
        set => _full = value;
    }

    public Stream Wrap(Stream file) => new Filling(file, this);

    private sealed class Filling(Stream file, FullDisk disk) : Stream
    {
        public override bool CanRead => file.CanRead;

        public override bool CanSeek => file.CanSeek;

        public override bool CanWrite => file.CanWrite;

        public override long Length => file.Length;

        public override long Position
        {
            get => file.Position;
            set => file.Position = value;
        }

        public override void Flush() => file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void SetLength(long value)
        {
            if (disk.IsFull && value > file.Length)
            {
                throw NoSpace();
            }

            file.SetLength(value);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (disk.IsFull)
            {
                file.Write(buffer, offset, count / 2);
                file.Flush();
                throw NoSpace();
            }

            file.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }

        private static IOException NoSpace() => new("No space left on device", NoSpaceLeftOnDevice);
    }
}
