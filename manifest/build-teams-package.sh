#!/usr/bin/env bash
# Builds the Teams app package manifest/teams/ChatBot-teams.zip: manifest.json (with the bot's app id in place of
# the placeholder botId), color.png and outline.png, zipped flat. Upload it in Teams: Apps > Manage your apps >
# Upload an app.
#
#   MicrosoftAppId=<bot app id> manifest/build-teams-package.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
teams="$here/teams"
placeholder="00000000-0000-0000-0000-000000000000"
app_id="${MicrosoftAppId:-}"

if [[ -z "$app_id" ]]; then
  echo "error: MicrosoftAppId is not set. Set it to the bot's Microsoft App ID (Azure Bot > Configuration), e.g." >&2
  echo "  MicrosoftAppId=11111111-2222-3333-4444-555555555555 $0" >&2
  exit 1
fi
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "error: MicrosoftAppId '$app_id' is not a GUID." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed "s/$placeholder/$app_id/g" "$teams/manifest.json" > "$work/manifest.json"
if grep -q "$placeholder" "$work/manifest.json"; then
  echo "error: the placeholder botId is still in the manifest." >&2
  exit 1
fi
cp "$teams/color.png" "$teams/outline.png" "$work/"

out="$teams/ChatBot-teams.zip"
rm -f "$out"
if command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
else
  python3 - "$work" "$out" <<'PY'
import sys, zipfile, os
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(src, name), name)
PY
fi
echo "Built $out for bot $app_id"
