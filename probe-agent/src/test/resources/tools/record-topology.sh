#!/bin/bash
# usage: topo.sh up|down PREFIX
set -e
P=${2:-cwt-rec}
if [ "$1" = down ]; then for n in probe r1 r2 target; do ip netns del $P-$n 2>/dev/null || true; done; exit 0; fi
for n in probe r1 r2 target; do ip netns add $P-$n; ip -n $P-$n link set lo up; done
ip link add eth0 netns $P-probe type veth peer name eth0 netns $P-r1
ip link add eth1 netns $P-r1 type veth peer name eth0 netns $P-r2
ip link add eth1 netns $P-r2 type veth peer name eth0 netns $P-target
ip -n $P-probe addr add 10.91.1.2/24 dev eth0
ip -n $P-r1 addr add 10.91.1.1/24 dev eth0
ip -n $P-r1 addr add 10.91.2.1/24 dev eth1
ip -n $P-r2 addr add 10.91.2.2/24 dev eth0
ip -n $P-r2 addr add 10.91.3.1/24 dev eth1
ip -n $P-target addr add 10.91.3.2/24 dev eth0
for n in probe r1 r2 target; do for i in eth0 eth1; do ip -n $P-$n link set $i up 2>/dev/null || true; done; done
ip -n $P-probe route add default via 10.91.1.1
ip -n $P-r1 route add default via 10.91.2.2
ip -n $P-r2 route add 10.91.1.0/24 via 10.91.2.1
ip -n $P-target route add default via 10.91.3.1
ip netns exec $P-r1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec $P-r2 sysctl -qw net.ipv4.ip_forward=1
