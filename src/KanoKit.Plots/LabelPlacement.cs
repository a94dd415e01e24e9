namespace KanoKit.Plots;

/// <summary>An axis-aligned rectangle in pixels (y grows downwards).</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
internal readonly record struct Box(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public double CenterX => Left + (Width / 2);

    public double CenterY => Top + (Height / 2);

    /// <summary>Whether the interiors intersect, with <paramref name="margin"/> pixels of clearance required.</summary>
    public bool Overlaps(Box other, double margin = 0) =>
        Left < other.Right + margin && other.Left < Right + margin && Top < other.Bottom + margin && other.Top < Bottom + margin;

    public bool Inside(Box bounds) => Left >= bounds.Left && Top >= bounds.Top && Right <= bounds.Right && Bottom <= bounds.Bottom;

    /// <summary>The point of this box nearest to (x, y).</summary>
    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));
}

/// <summary>A point to label: its pixel centre, marker radius and the size of its label text.</summary>
internal readonly record struct LabelRequest(double X, double Y, double Radius, double LabelWidth, double LabelHeight);

/// <summary>Where a label went, and whether it is far enough from its point to need a leader line.</summary>
internal readonly record struct PlacedLabel(Box Box, bool Leader);

/// <summary>
/// Places point labels so that no two labels overlap and no label covers a point: a deterministic greedy search.
/// Points are taken most crowded first (most neighbours within 80 px, then source order). For each, candidate boxes
/// lie on rings of growing distance around the point (first ring: 8 directions touching the marker, preferring right,
/// left, above, below; later rings: 16 directions, 6 px apart); the first box that lies inside the bounds and keeps
/// 2 px clear of every placed label and every marker is taken. When every ring fails, the whole area is scanned on a
/// 4 px grid nearest-first. A label off the first ring gets a leader line. The last resort (no free place anywhere)
/// keeps the labels apart and lets a label cover a marker.
/// </summary>
internal static class LabelPlacement
{
    private const double Gap = 3, Clearance = 2, RingStep = 6, CrowdRadius = 80;
    private const int Rings = 24;

    private static readonly (double X, double Y)[] FirstRing = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1)];

    /// <summary>Places one label per request inside <paramref name="bounds"/>, clear of <paramref name="reserved"/> boxes (e.g. quadrant names).</summary>
    public static PlacedLabel[] Place(IReadOnlyList<LabelRequest> requests, Box bounds, IReadOnlyList<Box>? reserved = null)
    {
        var result = new PlacedLabel[requests.Count];
        var placed = new List<Box>(requests.Count + (reserved?.Count ?? 0));
        placed.AddRange(reserved ?? []);
        var markers = requests.Select(r => new Box(r.X - r.Radius, r.Y - r.Radius, 2 * r.Radius, 2 * r.Radius)).ToArray();
        foreach (int i in Order(requests))
        {
            var r = requests[i];
            var box = Rings_(r, bounds, placed, markers, requireMarkersFree: true)
                ?? Scan(r, bounds, placed, markers, requireMarkersFree: true)
                ?? Scan(r, bounds, placed, markers, requireMarkersFree: false)
                ?? throw new InvalidOperationException("The chart is too small for its labels; make it larger.");
            result[i] = box;
            placed.Add(box.Box);
        }

        return result;
    }

    private static IEnumerable<int> Order(IReadOnlyList<LabelRequest> requests)
    {
        var crowding = new int[requests.Count];
        for (int i = 0; i < requests.Count; i++)
        {
            for (int j = 0; j < requests.Count; j++)
            {
                double dx = requests[i].X - requests[j].X, dy = requests[i].Y - requests[j].Y;
                if (i != j && (dx * dx) + (dy * dy) < CrowdRadius * CrowdRadius)
                {
                    crowding[i]++;
                }
            }
        }

        return Enumerable.Range(0, requests.Count).OrderByDescending(i => crowding[i]).ThenBy(i => i);
    }

    private static PlacedLabel? Rings_(LabelRequest r, Box bounds, List<Box> placed, Box[] markers, bool requireMarkersFree)
    {
        for (int ring = 0; ring < Rings; ring++)
        {
            double distance = r.Radius + Gap + (ring * RingStep);
            int directions = ring == 0 ? FirstRing.Length : 16;
            for (int d = 0; d < directions; d++)
            {
                (double dx, double dy) = ring == 0 ? FirstRing[d] : (Math.Cos(d * Math.PI / 8), -Math.Sin(d * Math.PI / 8));
                double cx = r.X + (dx * (distance + (r.LabelWidth / 2))), cy = r.Y + (dy * (distance + (r.LabelHeight / 2)));
                var box = new Box(cx - (r.LabelWidth / 2), cy - (r.LabelHeight / 2), r.LabelWidth, r.LabelHeight);
                if (Free(box, bounds, placed, markers, requireMarkersFree))
                {
                    return new PlacedLabel(box, ring > 1);
                }
            }
        }

        return null;
    }

    private static PlacedLabel? Scan(LabelRequest r, Box bounds, List<Box> placed, Box[] markers, bool requireMarkersFree)
    {
        var candidates = new List<(double Distance, Box Box)>();
        for (double top = bounds.Top; top + r.LabelHeight <= bounds.Bottom; top += 4)
        {
            for (double left = bounds.Left; left + r.LabelWidth <= bounds.Right; left += 4)
            {
                var box = new Box(left, top, r.LabelWidth, r.LabelHeight);
                (double nx, double ny) = box.Nearest(r.X, r.Y);
                candidates.Add((((nx - r.X) * (nx - r.X)) + ((ny - r.Y) * (ny - r.Y)), box));
            }
        }

        foreach (var (_, box) in candidates.OrderBy(c => c.Distance).ThenBy(c => c.Box.Top).ThenBy(c => c.Box.Left))
        {
            if (Free(box, bounds, placed, markers, requireMarkersFree))
            {
                return new PlacedLabel(box, true);
            }
        }

        return null;
    }

    private static bool Free(Box box, Box bounds, List<Box> placed, Box[] markers, bool requireMarkersFree)
    {
        if (!box.Inside(bounds))
        {
            return false;
        }

        foreach (var other in placed)
        {
            if (box.Overlaps(other, Clearance))
            {
                return false;
            }
        }

        if (requireMarkersFree)
        {
            foreach (var marker in markers)
            {
                if (box.Overlaps(marker, Clearance))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
