/** AWS Certified Solutions Architect – Associate (SAA-C03): domains, weights and in-scope services from its exam guide. */
import type { ExamGuide } from "./types";

/** The SAA-C03 guide. */
export const SAA_C03: ExamGuide = {
  code: "SAA-C03",
  name: "AWS Certified Solutions Architect – Associate",
  domains: [
    {
      id: "1", name: "Design Secure Architectures", weight: 30,
      // 1.1 secure access, 1.2 secure workloads and applications, 1.3 data security controls (encryption, keys,
      // certificates, backups and replication, compliance).
      services: [
        "iam", "iam-identity-center", "organizations", "control-tower", "directory-service", "cognito", "ram", "vpc",
        "privatelink", "waf", "shield", "guardduty", "macie", "inspector", "detective", "security-hub",
        "network-firewall", "firewall-manager", "secrets-manager", "kms", "cloudhsm", "certificate-manager", "artifact",
        "audit-manager", "cloudtrail", "config", "backup", "service-catalog",
      ],
    },
    {
      id: "2", name: "Design Resilient Architectures", weight: 26,
      // 2.1 scalable and loosely coupled (queues, events, workflows, containers, serverless, caching), 2.2 highly
      // available and fault-tolerant (failover, replication, tracing, quotas).
      services: [
        "sqs", "sns", "eventbridge", "step-functions", "mq", "appflow", "appsync", "api-gateway", "lambda", "fargate",
        "ecs", "eks", "ecr", "ecs-anywhere", "eks-anywhere", "eks-distro", "elb", "ec2-auto-scaling", "auto-scaling",
        "elasticache", "serverless-application-repository", "amplify", "pinpoint", "route-53", "rds", "aurora",
        "dynamodb", "global-accelerator", "s3", "x-ray", "cloudwatch", "cloudformation", "health-dashboard", "proton",
        "well-architected-tool", "managed-grafana", "managed-prometheus",
      ],
    },
    {
      id: "3", name: "Design High-Performing Architectures", weight: 24,
      // 3.1 storage, 3.2 compute, 3.3 databases, 3.4 network, 3.5 data ingestion and transformation; services of
      // the guide's list that no task statement names (machine learning, media, tools) are placed here.
      services: [
        "s3", "efs", "ebs", "fsx", "storage-gateway", "ec2", "batch", "emr", "lambda", "fargate", "ec2-auto-scaling",
        "elastic-beanstalk", "outposts", "wavelength", "rds", "aurora", "dynamodb", "elasticache", "redshift",
        "documentdb", "keyspaces", "neptune", "qldb", "timestream", "cloudfront", "global-accelerator",
        "direct-connect", "site-to-site-vpn", "client-vpn", "transit-gateway", "privatelink", "route-53", "elb",
        "athena", "glue", "kinesis", "lake-formation", "quicksight", "msk", "data-exchange", "data-pipeline",
        "opensearch-service", "datasync", "transfer-family", "snow-family", "dms", "application-discovery-service",
        "application-migration-service", "migration-hub", "kinesis-video-streams", "elastic-transcoder", "comprehend",
        "forecast", "fraud-detector", "kendra", "lex", "polly", "rekognition", "sagemaker", "textract", "transcribe",
        "translate", "device-farm", "management-console", "cli", "systems-manager",
      ],
    },
    {
      id: "4", name: "Design Cost-Optimized Architectures", weight: 20,
      // 4.1 storage, 4.2 compute, 4.3 database and 4.4 network costs, with the cost management tools.
      services: [
        "budgets", "cost-explorer", "cost-and-usage-report", "savings-plans", "compute-optimizer", "trusted-advisor",
        "organizations", "license-manager", "s3", "s3-glacier", "storage-gateway", "ebs", "efs", "ec2", "lambda",
        "fargate", "rds", "aurora", "dynamodb", "cloudfront", "direct-connect", "transit-gateway", "vpc", "datasync",
      ],
    },
  ],
};
