"""Facebook Graph API: the client every part of the portal uses, webhook helpers, and the
local simulator that stands in for Facebook in tests and the demo."""
