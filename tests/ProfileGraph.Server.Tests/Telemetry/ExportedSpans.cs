using System.Collections;
using System.Diagnostics;

namespace ProfileGraph.Server.Tests.Telemetry;

/// <summary>The in-memory exporter's collection, safe to read while the service's spans are being added to it.</summary>
internal sealed class ExportedSpans : ICollection<Activity>
{
    private readonly List<Activity> _spans = [];

    public int Count
    {
        get
        {
            lock (_spans)
            {
                return _spans.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    /// <summary>The spans of one trace, as exported so far.</summary>
    public List<Activity> Of(ActivityTraceId traceId)
    {
        lock (_spans)
        {
            return [.. _spans.Where(span => span.TraceId == traceId)];
        }
    }

    public void Add(Activity item)
    {
        lock (_spans)
        {
            _spans.Add(item);
        }
    }

    public void Clear()
    {
        lock (_spans)
        {
            _spans.Clear();
        }
    }

    public bool Contains(Activity item)
    {
        lock (_spans)
        {
            return _spans.Contains(item);
        }
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (_spans)
        {
            _spans.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(Activity item)
    {
        lock (_spans)
        {
            return _spans.Remove(item);
        }
    }

    public IEnumerator<Activity> GetEnumerator()
    {
        lock (_spans)
        {
            return _spans.ToList().GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
