/** AWS Certified Cloud Practitioner (CLF-C02): domains, weights and in-scope services from its public exam guide. */
import type { ExamGuide } from "./types";

/** The CLF-C02 guide. */
export const CLF_C02: ExamGuide = {
  code: "CLF-C02",
  name: "AWS Certified Cloud Practitioner",
  domains: [
    {
      id: "1", name: "Cloud Concepts", weight: 24,
      // 1.2 design principles, 1.3 migration (CAF, Snow Family, database replication), 1.4 cloud economics (managed
      // services, automation, licensing, rightsizing).
      services: [
        "well-architected-tool", "snow-family", "dms", "schema-conversion-tool", "application-migration-service",
        "application-discovery-service", "migration-hub", "datasync", "transfer-family", "cloudformation", "rds",
        "dynamodb", "ecs", "eks", "license-manager", "compute-optimizer",
      ],
    },
    {
      id: "2", name: "Security and Compliance", weight: 30,
      // 2.2 governance and compliance, 2.3 access management, 2.4 security services and resources.
      services: [
        "artifact", "audit-manager", "config", "cloudtrail", "cloudwatch", "iam", "iam-identity-center",
        "secrets-manager", "systems-manager", "organizations", "control-tower", "kms", "certificate-manager", "cloudhsm",
        "cognito", "directory-service", "ram", "waf", "shield", "guardduty", "inspector", "security-hub", "detective",
        "macie", "firewall-manager", "network-firewall", "marketplace", "trusted-advisor",
      ],
    },
    {
      id: "3", name: "Cloud Technology and Services", weight: 34,
      // 3.1 deploying and operating, 3.2 global infrastructure, 3.3 compute, 3.4 database, 3.5 network, 3.6 storage,
      // 3.7 AI/ML and analytics, 3.8 the other in-scope categories.
      services: [
        "management-console", "cli", "cloudformation", "site-to-site-vpn", "client-vpn", "direct-connect", "local-zone",
        "wavelength", "outposts", "cloudfront", "global-accelerator", "ec2", "ecs", "eks", "ecr", "fargate", "lambda",
        "auto-scaling", "elb", "lightsail", "batch", "elastic-beanstalk", "rds", "aurora", "dynamodb", "memorydb",
        "neptune", "vpc", "route-53", "api-gateway", "s3", "s3-glacier", "ebs", "efs", "fsx", "storage-gateway",
        "backup", "elastic-disaster-recovery", "sagemaker", "lex", "kendra", "comprehend", "polly", "rekognition",
        "textract", "transcribe", "translate", "athena", "kinesis", "glue", "quicksight", "emr", "redshift",
        "opensearch-service", "eventbridge", "sns", "sqs", "step-functions", "connect", "ses", "codeartifact",
        "codebuild", "codecommit", "codedeploy", "codepipeline", "codestar", "cloud9", "cloudshell", "x-ray",
        "appconfig", "appstream", "workspaces", "workspaces-secure-browser", "amplify", "appsync", "device-farm",
        "iot-core", "iot-greengrass", "service-catalog", "service-quotas", "cloudwatch", "systems-manager",
      ],
    },
    {
      id: "4", name: "Billing, Pricing, and Support", weight: 12,
      // 4.2 billing, budget and cost management, 4.3 technical resources and support options.
      services: [
        "budgets", "cost-explorer", "cost-and-usage-report", "billing-conductor", "pricing-calculator", "organizations",
        "marketplace", "repost", "support", "trusted-advisor", "health-dashboard",
      ],
    },
  ],
};
