// Decode a quantized TopoJSON topology (as shipped in basemap/) into GeoJSON polygons.
"use strict";

function topologyToGeoJSON(topology, objectName) {
  const [scaleX, scaleY] = topology.transform.scale;
  const [shiftX, shiftY] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scaleX + shiftX, y * scaleY + shiftY];
    });
  });
  const arcPoints = (index) => (index < 0 ? arcs[~index].slice().reverse() : arcs[index]);
  // Rings that cross the antimeridian are unwrapped (longitudes kept continuous beyond ±180)
  // so that a flat map draws them without a line across the world.
  const ring = (indexes) => {
    const points = [];
    indexes.forEach((index, position) => {
      const part = arcPoints(index);
      points.push(...(position ? part.slice(1) : part));
    });
    let shift = 0;
    return points.map(([lon, lat], position) => {
      if (position) {
        const step = lon - points[position - 1][0];
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
      }
      return [lon + shift, lat];
    });
  };
  const geometry = (shape) => {
    if (shape.type === "Polygon") return { type: "Polygon", coordinates: shape.arcs.map(ring) };
    if (shape.type === "MultiPolygon") {
      return { type: "MultiPolygon", coordinates: shape.arcs.map((polygon) => polygon.map(ring)) };
    }
    return null;
  };
  const features = topology.objects[objectName].geometries
    .map((shape) => ({ type: "Feature", id: shape.id, properties: shape.properties || {}, geometry: geometry(shape) }))
    .filter((feature) => feature.geometry);
  return { type: "FeatureCollection", features };
}
