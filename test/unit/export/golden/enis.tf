# The vSwitches and security groups are named by id: they are not part of this export.
# The import blocks need Terraform 1.5 or later.

resource "alicloud_ecs_network_interface" "web_data" {
  vswitch_id             = "vsw-bp1k"
  security_group_ids     = ["sg-bp1web", "sg-bp1db"]
  network_interface_name = "web-data"
  description            = "data plane of web-1"
  primary_ip_address     = "172.16.181.20"
  tags = {
    "env"  = "prod"
    "team" = "network"
  }
}

import {
  to = alicloud_ecs_network_interface.web_data
  id = "eni-bp1webdata000000001"
}

resource "alicloud_ecs_network_interface_attachment" "web_data" {
  network_interface_id = alicloud_ecs_network_interface.web_data.id
  instance_id          = "i-bp1web000000000001"
}

import {
  to = alicloud_ecs_network_interface_attachment.web_data
  id = "eni-bp1webdata000000001:i-bp1web000000000001"
}

# The primary ENI of i-bp1web000000000001: ECS creates and releases it with the instance.
resource "alicloud_ecs_network_interface" "eni_bp1webprimary00001" {
  vswitch_id         = "vsw-bp1k"
  security_group_ids = ["sg-1"]
  primary_ip_address = "172.16.181.10"
}

import {
  to = alicloud_ecs_network_interface.eni_bp1webprimary00001
  id = "eni-bp1webprimary00001"
}

resource "alicloud_ecs_network_interface" "spare" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "spare"
  primary_ip_address     = "172.16.181.30"
}

import {
  to = alicloud_ecs_network_interface.spare
  id = "eni-bp1spare0000000001"
}

resource "alicloud_ecs_network_interface" "eni_bp1chinese00000001" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "数据网卡"
  description            = "数据库 \"主\" 网卡"
  primary_ip_address     = "172.16.0.20"
  tags = {
    "负责人" = "张三"
  }
}

import {
  to = alicloud_ecs_network_interface.eni_bp1chinese00000001
  id = "eni-bp1chinese00000001"
}

resource "alicloud_ecs_network_interface_attachment" "eni_bp1chinese00000001" {
  network_interface_id = alicloud_ecs_network_interface.eni_bp1chinese00000001.id
  instance_id          = "i-bp1db0000000000001"
}

import {
  to = alicloud_ecs_network_interface_attachment.eni_bp1chinese00000001
  id = "eni-bp1chinese00000001:i-bp1db0000000000001"
}
