/** Catalogue data: Compute, Containers and Storage services. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const compute = entryMaker("Compute", "service");
const containers = entryMaker("Containers", "service");
const storage = entryMaker("Storage", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Compute, Containers and Storage services. */
export const COMPUTE_STORAGE_SERVICES: readonly CatalogueEntry[] = [
  // Compute
  compute("ec2", "Amazon Elastic Compute Cloud", ["Amazon EC2", "Elastic Compute Cloud"], ["EC2"]),
  compute("ec2-auto-scaling", "Amazon EC2 Auto Scaling", ["EC2 Auto Scaling"], [], ["EC2 오토 스케일링", "EC2 오토스케일링"]),
  compute("auto-scaling", "AWS Auto Scaling", ["Auto Scaling"], [], ["오토 스케일링", "오토스케일링"]),
  compute("ec2-image-builder", "EC2 Image Builder", ["Amazon EC2 Image Builder", "Image Builder"]),
  compute("lightsail", "Amazon Lightsail", ["Lightsail"], [], ["라이트세일", "라이트 세일"]),
  compute("lambda", "AWS Lambda", ["Lambda"], [], ["람다"]),
  compute("batch", "AWS Batch", ["Batch"], [], [], W),
  compute("elastic-beanstalk", "AWS Elastic Beanstalk", ["Elastic Beanstalk", "Beanstalk"], [],
    ["일래스틱 빈스톡", "엘라스틱 빈스톡", "빈스톡"], W),
  compute("outposts", "AWS Outposts", ["Outposts"], [], ["아웃포스트"], W),
  compute("serverless-application-repository", "AWS Serverless Application Repository", ["Serverless Application Repository"]),
  compute("wavelength", "AWS Wavelength", ["Wavelength"], [], ["웨이브렝스"], W),
  compute("nitro-enclaves", "AWS Nitro Enclaves", ["Nitro Enclaves"]),
  compute("graviton", "AWS Graviton", ["Graviton", "AWS Graviton Processor"], [], ["그래비톤"]),
  compute("parallel-computing-service", "AWS Parallel Computing Service", ["Parallel Computing Service"]),
  compute("simspace-weaver", "AWS SimSpace Weaver", ["SimSpace Weaver"]),
  compute("elastic-vmware-service", "Amazon Elastic VMware Service", ["Elastic VMware Service", "Amazon EVS"], ["EVS"]),

  // Containers
  containers("ecs", "Amazon Elastic Container Service", ["Amazon ECS", "Elastic Container Service"], ["ECS"]),
  containers("ecs-anywhere", "Amazon ECS Anywhere", ["ECS Anywhere"]),
  containers("eks", "Amazon Elastic Kubernetes Service", ["Amazon EKS", "Elastic Kubernetes Service"], ["EKS"]),
  containers("eks-anywhere", "Amazon EKS Anywhere", ["EKS Anywhere"]),
  containers("eks-distro", "Amazon EKS Distro", ["EKS Distro"], ["EKS-D"]),
  containers("ecr", "Amazon Elastic Container Registry", ["Amazon ECR", "Elastic Container Registry"], ["ECR"]),
  containers("fargate", "AWS Fargate", ["Fargate"], [], ["파게이트"]),
  containers("app-runner", "AWS App Runner", ["App Runner"], [], ["앱 러너", "앱러너"]),
  containers("app-mesh", "AWS App Mesh", ["App Mesh"], [], ["앱 메시"]),
  containers("copilot", "AWS Copilot", ["Copilot", "AWS Copilot CLI"], [], [], W),
  containers("rosa", "Red Hat OpenShift Service on AWS", [], ["ROSA"]),
  containers("app2container", "AWS App2Container", ["App2Container"], ["A2C"]),

  // Storage
  storage("s3", "Amazon Simple Storage Service", ["Amazon S3", "Simple Storage Service"], ["S3"]),
  storage("s3-glacier", "Amazon S3 Glacier", ["S3 Glacier", "Amazon Glacier", "Glacier"], [], ["글래시어", "S3 글래시어"], W),
  storage("ebs", "Amazon Elastic Block Store", ["Amazon EBS", "Elastic Block Store"], ["EBS"]),
  storage("efs", "Amazon Elastic File System", ["Amazon EFS", "Elastic File System"], ["EFS"]),
  storage("fsx", "Amazon FSx", ["FSx"]),
  storage("fsx-windows", "Amazon FSx for Windows File Server", ["FSx for Windows File Server", "FSx for Windows"]),
  storage("fsx-lustre", "Amazon FSx for Lustre", ["FSx for Lustre"]),
  storage("fsx-ontap", "Amazon FSx for NetApp ONTAP", ["FSx for NetApp ONTAP", "FSx for ONTAP"]),
  storage("fsx-openzfs", "Amazon FSx for OpenZFS", ["FSx for OpenZFS"]),
  storage("file-cache", "Amazon File Cache", ["File Cache"], [], [], W),
  storage("storage-gateway", "AWS Storage Gateway", ["Storage Gateway"], [], ["스토리지 게이트웨이"]),
  storage("backup", "AWS Backup", ["Backup"], [], [], W),
  storage("elastic-disaster-recovery", "AWS Elastic Disaster Recovery",
    ["Elastic Disaster Recovery", "AWS DRS", "CloudEndure Disaster Recovery"], ["DRS"]),
];
