-- wrk script for bench/serve_soak: a mix of what a server meets over
-- hours: first and later pages of claims, exports, searches, single
-- claims and documents, measures, and bad requests (bad and injected
-- filter values, unknown parameters and routes, malformed request lines).
-- Counts 5xx answers, which fail the soak. Arguments: more paths (single
-- claims and documents, later pages), drawn from the store by the script.
local paths = {
  "/api/v1/stats",
  "/api/v1/claims",
  "/api/v1/claims?category=refusal&limit=200",
  "/api/v1/claims?side=RU&category=killed&sort=date",
  "/api/v1/claims?stance=independent&since=2023-01-01&limit=100",
  "/api/v1/claims?speaker=agora&sort=stored",
  "/api/v1/claims/export?format=csv&category=refusal",
  "/api/v1/claims/export?format=jsonl&side=UA&since=2023-06-01",
  "/api/v1/search?q=soldiers",
  "/api/v1/search?q=mobilised+refused&limit=20",
  "/api/v1/measures",
  "/api/v1/measures/killed%3ARU",
  "/api/v1/documents",
  "/api/v1/documents?limit=200",
  "/api/v1/places",
  -- bad and hostile requests: each must be a 4xx
  "/api/v1/claims?side=RU'%20OR%201=1--",
  "/api/v1/claims?category=refusal%27%3B%20DROP%20TABLE%20claims%3B--",
  "/api/v1/claims?limit=100000",
  "/api/v1/claims?cursor=AAAA%ff",
  "/api/v1/claims?nope=1",
  "/api/v1/search?q=" .. string.rep("war+", 40),
  "/api/v1/claims?speaker=" .. string.rep("%25", 600),
  "/api/v1/measures/%ff",
  "/assets/%2e%2e/%2e%2e/etc/passwd",
  "/nothing",
}
local raw = {
  "GET  /api/v1/stats HTTP/1.1\r\nHost: x\r\n\r\n",
  "GET /api/v1/stats HTTP/1.1\r\nHost x\r\n\r\n",
  "POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
}
init = function(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

server_errors = 0
local n = 0
request = function()
  n = n + 1
  if n % 50 == 0 then return raw[(n / 50) % #raw + 1] end
  return wrk.format("GET", paths[math.random(#paths)])
end

response = function(status)
  if status >= 500 then server_errors = server_errors + 1 end
end

done = function()
  local total = 0
  for _, t in ipairs(threads) do total = total + t:get("server_errors") end
  io.write(string.format("5xx answers: %d\n", total))
end
