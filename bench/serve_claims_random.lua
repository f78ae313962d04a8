-- wrk script for bench/serve_bench: the first page of the claims list
-- under filters drawn at random (a category, side, stance, place, source
-- or language, and a random date range), so that nearly every request's
-- total is one the server has not counted before; paced by
-- bench/pace.lua when given a rate.
dofile("bench/pace.lua")
local filters = {
  {"category", {"refusal", "desertion", "killed", "wounded", "captured", "missing",
                "mobilized", "prosecution", "legal_aid"}},
  {"side", {"RU", "UA"}},
  {"stance", {"official-RU", "official-UA", "independent", "official-other"}},
  {"place", {"RU-AMU", "RU-BU", "RU-MOW", "RU-SPE", "RU-TAM", "UA-14", "UA-63", "UA-65"}},
  {"source", {"Northern+Ledger", "Eastern+Monitor", "Kyiv+Courier", "Agora", "Mediazona",
              "Meduza", "Verstka", "BBC"}},
  {"lang", {"en", "ru", "uk"}},
}
local function day()
  return string.format("%04d-%02d-%02d", 2022 + math.random(0, 1), math.random(12), math.random(28))
end
request = function()
  seed_once()
  local query = {}
  local first = math.random(#filters)
  local picked = {first}
  -- A second filter half the time, never the same parameter twice.
  if math.random(2) == 1 then picked[2] = (first % #filters) + 1 end
  for _, k in ipairs(picked) do
    local f = filters[k]
    query[#query + 1] = f[1] .. "=" .. f[2][math.random(#f[2])]
  end
  local since, until_ = day(), day()
  if since > until_ then since, until_ = until_, since end
  query[#query + 1] = "since=" .. since
  if math.random(2) == 1 then query[#query + 1] = "until=" .. until_ end
  return wrk.format("GET", "/api/v1/claims?" .. table.concat(query, "&"))
end
