#!/bin/bash
#SBATCH --array=1-8 --cpus-per-task=8 --mem=20G --time=12:00:00
# sbatch shards.sh LIST SHARDS: array task i of N reads shard i/N of the @LIST into SHARDS/i.
list=${1:-/data/all.lst} shards=${2:-/data/shards}
ogi batch @"$list" --shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}" \
  -j "${SLURM_CPUS_PER_TASK}" --max-memory 2048 --out "$shards/${SLURM_ARRAY_TASK_ID}"
# Exit 2 means some inputs could not be read; their records say why and the shard is complete.
status=$?
[ "$status" -eq 2 ] && exit 0
exit "$status"
