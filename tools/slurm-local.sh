#!/usr/bin/env bash
# tools/slurm-local.sh up|down|env — a single-node Slurm cluster on this machine, for tests (run as root).
#
#   up    installs Debian's slurm-wlm if sbatch/slurmctld/slurmd/munged are missing (apt-get), creates a munge key in
#         munge's default key file if there is none, starts munged (unless one already answers), writes slurm.conf into
#         $SLURM_LOCAL_DIR (default /tmp/darksector-slurm) with one node ($(hostname -s), $(nproc) CPUs) and one default
#         partition, starts slurmctld and slurmd, and waits until sinfo shows the node idle.
#   down  stops only the daemons `up` started, by the pids it recorded, and removes $SLURM_LOCAL_DIR.
#   env   prints `export SLURM_CONF=...`: clients (sbatch, squeue, sinfo) need it, e.g. eval "$(tools/slurm-local.sh env)".
set -euo pipefail

dir=${SLURM_LOCAL_DIR:-/tmp/darksector-slurm}
conf="$dir/slurm.conf"
pids="$dir/started.pids"
die() { echo "slurm-local: $*" >&2; exit 2; }

up() {
  [ "$(id -u)" -eq 0 ] || die "must run as root (the daemons run as SlurmUser=root)"
  if ! command -v sbatch >/dev/null || ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    echo "slurm-local: installing slurm-wlm (apt-get)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm >/dev/null
  fi
  [ -e "$pids" ] && die "$dir already holds a running cluster (run down first)"
  mkdir -p "$dir"/{state,spool,log,run}
  : > "$pids"

  # munge: key in its default file (owner munge, mode 400), run directory owned by munge.
  local key=/etc/munge/munge.key
  mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
  if [ ! -s "$key" ]; then
    if command -v mungekey >/dev/null; then mungekey --create --keyfile="$key" >/dev/null; else dd if=/dev/urandom of="$key" bs=1024 count=1 2>/dev/null; fi
  fi
  chown munge:munge "$key" /etc/munge /run/munge /var/lib/munge /var/log/munge
  chmod 400 "$key"
  if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    runuser -u munge -- munged --force
    local i
    for i in $(seq 1 50); do [ -s /run/munge/munged.pid ] && munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
    [ -s /run/munge/munged.pid ] || die "munged did not start"
    echo "munged $(cat /run/munge/munged.pid)" >> "$pids"
  fi

  local host cpus
  host=$(hostname -s)
  cpus=$(nproc)
  cat > "$conf" <<CONF
ClusterName=darksector
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
ReturnToService=2
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$conf"
  slurmctld -D -i -f "$conf" > "$dir/log/slurmctld.out" 2>&1 &
  echo "slurmctld $!" >> "$pids"
  slurmd -D -f "$conf" > "$dir/log/slurmd.out" 2>&1 &
  echo "slurmd $!" >> "$pids"

  local i state=""
  for i in $(seq 1 300); do
    state=$(sinfo -h -n "$host" -o %t 2>/dev/null || true)
    [ "$state" = idle ] && break
    sleep 0.1
  done
  if [ "$state" != idle ]; then
    tail -n 5 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
    down
    die "node $host is '${state:-unknown}', not idle, after 30 s"
  fi
  echo "slurm-local: node $host idle ($cpus CPUs); export SLURM_CONF=$conf"
}

down() {
  [ -e "$pids" ] || { echo "slurm-local: nothing to stop ($pids not found)"; return 0; }
  local name pid i
  # Stop in reverse order of starting: slurmd, slurmctld, then munged (only if this script started it).
  tac "$pids" | while read -r name pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
      echo "slurm-local: stopped $name ($pid)"
    fi
  done
  rm -rf "$dir"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  env) echo "export SLURM_CONF=$conf" ;;
  *) echo "usage: tools/slurm-local.sh up|down|env" >&2; exit 2 ;;
esac
