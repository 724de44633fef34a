# scripts/install-service into a scratch HOME, files only (LIMBER_NO_SYSTEMCTL=1): the
# unit names the executable and the config, systemd-analyze finds nothing wrong with
# it, a second run keeps an edited config, --uninstall removes the unit and autostart.
source "$(dirname "$0")/lib.bash"

home=$OUT/home
mkdir -p "$home"
run() { HOME=$home XDG_CONFIG_HOME= LIMBER_NO_SYSTEMCTL=1 "$SRC/scripts/install-service" "$@"; }
unit=$home/.config/systemd/user/limber.service
desktop=$home/.config/autostart/limber.desktop
conf=$home/.config/limber/limber.conf

expect_exit 0 run --bin "$LIMBER" --no-start
[ -f "$unit" ] && [ -f "$desktop" ] && [ -f "$conf" ] && pass "unit, autostart and config written" || fail "files missing"
grep -qx "ExecStart=$LIMBER --kiosk --config $conf" "$unit" && pass "ExecStart names the binary and config" || fail "ExecStart: $(grep ExecStart "$unit")"
grep -q '@' "$unit" && fail "unfilled @PLACEHOLDER@ left in the unit" || pass "no placeholders left"
for line in Type=notify Restart=always WatchdogSec=30 NoNewPrivileges=yes; do
  grep -qx "$line" "$unit" && pass "unit has $line" || fail "unit lacks $line"
done
grep -qx 'kiosk = true' "$conf" && pass "installed config turns kiosk on" || fail "config: kiosk not true"
diff <(grep -v '^kiosk = ' "$conf") <(grep -v '^kiosk = ' "$SRC/assets/limber.conf") >/dev/null &&
  pass "config is the documented default" || fail "config differs from assets/limber.conf"
grep -q '^Exec=.*systemctl --user start limber.service' "$desktop" && pass "autostart starts the unit" || fail "autostart Exec"

if command -v systemd-analyze >/dev/null; then
  mkdir -p "$OUT/runtime" && chmod 700 "$OUT/runtime"
  XDG_RUNTIME_DIR=$OUT/runtime systemd-analyze verify --user "$unit" >"$OUT/verify" 2>&1 || true
  if [ -s "$OUT/verify" ]; then fail "systemd-analyze verify: $(cat "$OUT/verify")"; else pass "systemd-analyze verify is silent"; fi
fi

echo "volume = 30" >>"$conf"
expect_exit 0 run --bin "$LIMBER" --no-start
grep -qx 'volume = 30' "$conf" && pass "an existing config is never overwritten" || fail "config overwritten"

expect_exit 1 run --bin /nonexistent/limber
grep -q "no limber executable at '/nonexistent/limber'" "$OUT/stderr" && pass "missing binary reported" || fail "missing binary: $(cat "$OUT/stderr")"
expect_exit 2 run --frobnicate

expect_exit 0 run --uninstall
[ ! -e "$unit" ] && [ ! -e "$desktop" ] && pass "uninstall removes unit and autostart" || fail "uninstall left files"
[ -f "$conf" ] && pass "uninstall keeps the config" || fail "uninstall removed the config"
finish
