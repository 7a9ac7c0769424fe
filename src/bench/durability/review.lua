-- POST /api/reviews as one learner, rating one card again and again (each a new review and a commit)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic " .. os.getenv("AUTH")
local body = '{"cardId":' .. os.getenv("CARD") .. ',"rating":"GOOD","durationMs":1000}'
request = function()
  return wrk.format(nil, "/api/reviews", nil, body)
end
