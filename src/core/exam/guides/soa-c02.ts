/**
 * AWS Certified SysOps Administrator – Associate (SOA-C02): domains, weights and in-scope services from its public
 * exam guide.
 */
import type { ExamGuide } from "./types";

/** The SOA-C02 guide. */
export const SOA_C02: ExamGuide = {
  code: "SOA-C02",
  name: "AWS Certified SysOps Administrator – Associate",
  domains: [
    {
      id: "1", name: "Monitoring, Logging, and Remediation", weight: 20,
      // 1.1 metrics, alarms and filters, 1.2 remediation from monitoring.
      services: [
        "cloudwatch", "cloudwatch-logs", "cloudtrail", "eventbridge", "sns", "systems-manager", "config",
        "health-dashboard", "opensearch-service",
      ],
    },
    {
      id: "2", name: "Reliability and Business Continuity", weight: 16,
      // 2.1 scalability and elasticity (caching, scaling), 2.2 high availability, 2.3 backup and restore.
      services: [
        "ec2-auto-scaling", "auto-scaling", "elb", "route-53", "rds", "aurora", "dynamodb", "elasticache", "cloudfront",
        "sqs", "backup", "s3", "efs", "fsx", "storage-gateway",
      ],
    },
    {
      id: "3", name: "Deployment, Provisioning, and Automation", weight: 18,
      // 3.1 provisioning and maintaining resources, 3.2 automating manual or repeatable processes.
      services: [
        "cloudformation", "ec2-image-builder", "systems-manager", "opsworks", "service-catalog", "ram", "lambda", "cli",
        "ec2", "datasync", "transfer-family",
      ],
    },
    {
      id: "4", name: "Security and Compliance", weight: 16,
      // 4.1 security and compliance policies, 4.2 data and infrastructure protection.
      services: [
        "iam", "iam-access-analyzer", "organizations", "control-tower", "iam-identity-center", "kms",
        "certificate-manager", "secrets-manager", "guardduty", "inspector", "macie", "security-hub", "detective",
        "trusted-advisor", "config",
      ],
    },
    {
      id: "5", name: "Networking and Content Delivery", weight: 18,
      // 5.1 networking features and connectivity, 5.2 domains, DNS and content delivery, 5.3 network troubleshooting.
      services: [
        "vpc", "route-53", "cloudfront", "global-accelerator", "transit-gateway", "direct-connect", "site-to-site-vpn",
        "client-vpn", "privatelink", "elb", "waf", "shield", "firewall-manager", "network-firewall",
      ],
    },
    {
      id: "6", name: "Cost and Performance Optimization", weight: 12,
      // 6.1 cost optimization, 6.2 performance optimization.
      services: [
        "cost-explorer", "budgets", "cost-and-usage-report", "compute-optimizer", "trusted-advisor", "license-manager",
        "ec2", "ebs", "s3", "s3-glacier", "rds", "efs", "fsx",
      ],
    },
  ],
};
