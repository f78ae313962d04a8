-- wrk script for bench/serve_bench: the first page of the claims list,
-- cycling through filters as a dashboard would send them; paced by
-- bench/pace.lua when given a rate.
dofile("bench/pace.lua")
local paths = {
  "/api/v1/claims",
  "/api/v1/claims?category=refusal",
  "/api/v1/claims?side=RU&category=killed",
  "/api/v1/claims?stance=independent&since=2023-01-01",
  "/api/v1/claims?place=RU-AMU",
  "/api/v1/claims?category=desertion&side=UA&until=2022-12-31",
  "/api/v1/claims?lang=ru&category=prosecution",
  "/api/v1/claims?source=Meduza&sort=date",
  "/api/v1/claims?speaker=agora",
  "/api/v1/claims?category=missing&place=UA-14&sort=stored",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
