/** AWS Certified Developer – Associate (DVA-C02): domains, weights and in-scope services from its public exam guide. */
import type { ExamGuide } from "./types";

/** The DVA-C02 guide. */
export const DVA_C02: ExamGuide = {
  code: "DVA-C02",
  name: "AWS Certified Developer – Associate",
  domains: [
    {
      id: "1", name: "Development with AWS Services", weight: 32,
      // 1.1 code for applications on AWS (event-driven, messaging, APIs), 1.2 Lambda, 1.3 data stores.
      services: [
        "lambda", "api-gateway", "sqs", "sns", "eventbridge", "step-functions", "kinesis", "appsync", "dynamodb", "s3",
        "s3-glacier", "rds", "aurora", "elasticache", "memorydb", "opensearch-service", "athena", "ebs", "efs", "ec2",
        "vpc", "elb", "route-53", "serverless-application-repository",
      ],
    },
    {
      id: "2", name: "Security", weight: 26,
      // 2.1 authentication and authorization, 2.2 encryption, 2.3 sensitive data in application code.
      services: [
        "iam", "cognito", "sts", "kms", "certificate-manager", "private-ca", "secrets-manager", "systems-manager", "waf",
      ],
    },
    {
      id: "3", name: "Deployment", weight: 24,
      // 3.1 application artifacts, 3.2 testing in development environments, 3.3 automated deployment testing,
      // 3.4 deploying with CI/CD services.
      services: [
        "cloudformation", "sam", "cdk", "cli", "codecommit", "codebuild", "codedeploy", "codepipeline", "codeartifact",
        "codestar", "cloud9", "cloudshell", "amplify", "elastic-beanstalk", "copilot", "ecr", "ecs", "eks", "appconfig",
        "lambda", "api-gateway",
      ],
    },
    {
      id: "4", name: "Troubleshooting and Optimization", weight: 18,
      // 4.1 root cause analysis, 4.2 instrumenting code for observability, 4.3 optimization (caching, concurrency).
      services: [
        "cloudwatch", "cloudwatch-logs", "x-ray", "cloudtrail", "codeguru", "health-dashboard", "elasticache",
        "cloudfront", "lambda",
      ],
    },
  ],
};
