# The vSwitches and security groups are named by id: they are not part of this export.
# The import blocks need Terraform 1.5 or later.

resource "alicloud_ecs_network_interface" "it_s_x_y" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "it's \"x\" $${y}"
  description            = "say \"hi\" \\ C:\\dir $${var.x} %%{ if true }x%%{ endif } $$${ok} 100% $ 中文\nline 2\r\ttab \u0001"
  primary_ip_address     = "172.16.0.20"
  tags = {
    "say \"hi\" \\ C:\\dir $${var.x} %%{ if true }x%%{ endif } $$${ok} 100% $ 中文\nline 2\r\ttab \u0001" = "say \"hi\" \\ C:\\dir $${var.x} %%{ if true }x%%{ endif } $$${ok} 100% $ 中文\nline 2\r\ttab \u0001"
    "k\"\\"                                                                                             = ""
    "$${k}"                                                                                             = "%%{v}"
  }
}

import {
  to = alicloud_ecs_network_interface.it_s_x_y
  id = "eni-bp1hostile0000001"
}

resource "alicloud_ecs_network_interface" "web_data_bp1same000000000a" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "Web Data"
  primary_ip_address     = "172.16.0.20"
}

import {
  to = alicloud_ecs_network_interface.web_data_bp1same000000000a
  id = "eni-bp1same000000000a"
}

resource "alicloud_ecs_network_interface" "web_data_bp1same000000000b" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "web_data"
  primary_ip_address     = "172.16.0.20"
}

import {
  to = alicloud_ecs_network_interface.web_data_bp1same000000000b
  id = "eni-bp1same000000000b"
}

resource "alicloud_ecs_network_interface" "eni_9lives" {
  vswitch_id             = "vsw-1"
  security_group_ids     = ["sg-1"]
  network_interface_name = "9lives"
  primary_ip_address     = "172.16.0.20"
}

import {
  to = alicloud_ecs_network_interface.eni_9lives
  id = "eni-bp1digits00000001"
}
