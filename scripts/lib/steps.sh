# Sourced by scripts/test.sh and .ci/run, so that a run ended by a signal never reports success.
#
# `run <command>…` starts the command as a background job and waits for it: bash runs a trap only
# once its foreground command has ended, so a SIGTERM sent to the script alone (npm passes signals
# to its child; CI runners send one on timeout) would otherwise leave the step running on its own.
# Job control gives each step its own process group, and the signal goes to the whole group:
# sent to its first process only, it would stop at `npx` or `sh -c` and orphan the real program.
# On SIGINT, SIGTERM or SIGHUP the step gets the signal once and is waited for, then the script
# exits with 128 + the signal's number, even if the step exited 0 after being interrupted.

set -m

current_step=

stop_on() { # <signal> <exit status>
  # The same signal often comes twice (the terminal sends ^C to npm too, and npm passes it on):
  # the repeat must not end this script before the step has stopped.
  trap '' INT TERM HUP
  if [ -n "$current_step" ]; then
    kill -s "$1" -- "-$current_step" 2>/dev/null || true
    wait "$current_step" 2>/dev/null || true
  fi
  printf '\nStopped by SIG%s.\n' "$1" >&2
  exit "$2"
}
trap 'stop_on INT 130' INT
trap 'stop_on TERM 143' TERM
trap 'stop_on HUP 129' HUP

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

run() {
  local status=0
  "$@" &
  current_step=$!
  # (2>/dev/null: no "Terminated" job notice; the step reports its own failure.)
  wait "$current_step" 2>/dev/null || status=$?
  current_step=
  return "$status"
}
