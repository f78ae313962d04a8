-- wrk script for bench/serve_bench: full-text search for one to three
-- words drawn at random from the generated texts' vocabulary, so that
-- nearly every search is one the server has not answered (and kept)
-- before; paced by bench/pace.lua when given a rate.
dofile("bench/pace.lua")
local words = {
  "soldiers", "refused", "brigade", "court", "lawyer", "region", "ministry", "losses",
  "front", "village", "report", "officer", "mothers", "appeal", "contract", "unit",
  "border", "deserted", "trial", "volunteers", "mobilised", "families", "commander",
  "statement", "prisoners", "exchange", "hospital", "wounded", "missing", "names",
}
request = function()
  seed_once()
  local q = {}
  for _ = 1, math.random(3) do q[#q + 1] = words[math.random(#words)] end
  return wrk.format("GET", "/api/v1/search?q=" .. table.concat(q, "+"))
end
