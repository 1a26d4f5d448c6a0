// Sorts a table.sortable by the column whose header is clicked; the page reads the same without it.
document.querySelectorAll("table.sortable").forEach(function (t) {
  t.querySelectorAll("th[data-sort]").forEach(function (th) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(b);
    b.addEventListener("click", function () {
      var col = th.cellIndex, num = th.dataset.sort === "num";
      var asc = th.getAttribute("aria-sort") === "descending" || (th.getAttribute("aria-sort") !== "ascending" && !num);
      t.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var key = function (r) { var c = r.cells[col]; return c.dataset.v !== undefined ? c.dataset.v : c.textContent; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), c = num ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
