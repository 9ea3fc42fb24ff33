// A small TopoJSON reader: enough of the format for world-atlas's country shapes.
// TopoJSON stores each border once as an "arc" (delta-encoded, quantized integers when the
// topology has a transform); polygons list their rings as arc indexes, ~i meaning arc i reversed.
"use strict";

(function () {
  const G = window.Gestae;

  function decodeArcs(topology) {
    const t = topology.transform;
    return topology.arcs.map((arc) => {
      let x = 0;
      let y = 0;
      return arc.map((point) => {
        if (!t) return [point[0], point[1]];
        x += point[0];
        y += point[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }

  function ring(arcs, indexes) {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      // consecutive arcs share their end point: skip the duplicate
      arc.forEach((p, k) => {
        if (k > 0 || points.length === 0) points.push(p);
      });
    }
    return points;
  }

  // -> [{name, id, polygons: [[ring, hole...], ...]}] with rings as [lon, lat] lists
  G.topojsonFeatures = function (topology, objectName) {
    const arcs = decodeArcs(topology);
    const object = topology.objects[objectName];
    if (!object) throw new Error("no object " + objectName + " in the TopoJSON file");
    const geometries = object.type === "GeometryCollection" ? object.geometries : [object];
    return geometries.map((g) => {
      let polygons = [];
      if (g.type === "Polygon") polygons = [g.arcs.map((r) => ring(arcs, r))];
      else if (g.type === "MultiPolygon") {
        polygons = g.arcs.map((polygon) => polygon.map((r) => ring(arcs, r)));
      }
      return { id: g.id, name: (g.properties && g.properties.name) || "", polygons };
    });
  };
})();
