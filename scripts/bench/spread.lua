-- wrk script of scripts/benchmark: each request asks for a random id of the imported articles.
-- Usage: wrk ... -s spread.lua http://127.0.0.1:PORT -- IDS_FILE PATH_TEMPLATE
--   IDS_FILE       one article id per line
--   PATH_TEMPLATE  the request path with {id} in it, e.g. /summaries/{id} or /articles/{id}
local ids = {}
local template = "/articles/{id}"

function init(args)
  for line in io.lines(args[1]) do
    if line:match("^%d+$") then ids[#ids + 1] = line end
  end
  if #ids == 0 then error("no ids in " .. tostring(args[1])) end
  template = args[2] or template
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)") or "0", 16) or 0) % 100000)
end

function request()
  local path = template:gsub("{id}", ids[math.random(#ids)])
  return wrk.format("GET", path)
end
