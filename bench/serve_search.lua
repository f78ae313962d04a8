-- wrk script for bench/serve_bench: full-text search, one to three words.
local words = {
  "soldiers", "brigade+court", "lawyer+appeal", "ministry+losses", "mothers",
  "contract+unit+border", "prisoners+exchange", "hospital", "volunteers+families", "trial",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/search?q=" .. words[(i % #words) + 1])
end
