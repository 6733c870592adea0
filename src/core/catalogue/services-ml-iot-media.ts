/** Catalogue data: Machine Learning, Internet of Things and Media Services. */
import { entryMaker } from "./entry";
import type { CatalogueEntry } from "./types";

const ml = entryMaker("Machine Learning", "service");
const iot = entryMaker("Internet of Things", "service");
const media = entryMaker("Media Services", "service");
/** Marks an entry whose bare name is an ordinary English word. */
const W = true;

/** Machine Learning, Internet of Things and Media Services. */
export const ML_IOT_MEDIA_SERVICES: readonly CatalogueEntry[] = [
  // Machine Learning
  ml("sagemaker", "Amazon SageMaker AI", ["Amazon SageMaker", "SageMaker", "SageMaker AI"], [], ["세이지메이커", "세이지 메이커"]),
  ml("sagemaker-hyperpod", "Amazon SageMaker HyperPod", ["SageMaker HyperPod", "HyperPod"]),
  ml("bedrock", "Amazon Bedrock", ["Bedrock"], [], ["베드락", "베드록"], W),
  ml("q", "Amazon Q", [], [], [], W),
  ml("nova", "Amazon Nova", ["Nova"], [], [], W),
  ml("titan", "Amazon Titan", ["Titan"], [], [], W),
  ml("comprehend", "Amazon Comprehend", ["Comprehend"], [], ["컴프리헨드"], W),
  ml("comprehend-medical", "Amazon Comprehend Medical", ["Comprehend Medical"]),
  ml("rekognition", "Amazon Rekognition", ["Rekognition"], [], ["레코그니션", "리코그니션"]),
  ml("textract", "Amazon Textract", ["Textract"], [], ["텍스트랙트"]),
  ml("polly", "Amazon Polly", ["Polly"], [], ["폴리"], W),
  ml("transcribe", "Amazon Transcribe", ["Transcribe"], [], ["트랜스크라이브"], W),
  ml("translate", "Amazon Translate", ["Translate"], [], ["트랜슬레이트"], W),
  ml("lex", "Amazon Lex", ["Lex"], [], ["렉스"]),
  ml("kendra", "Amazon Kendra", ["Kendra"], [], ["켄드라"]),
  ml("personalize", "Amazon Personalize", ["Personalize"], [], ["퍼스널라이즈"], W),
  ml("forecast", "Amazon Forecast", ["Forecast"], [], ["포캐스트"], W),
  ml("fraud-detector", "Amazon Fraud Detector", ["Fraud Detector"], [], [], W),
  ml("augmented-ai", "Amazon Augmented AI", ["Augmented AI", "Amazon A2I"], ["A2I"]),
  ml("devops-guru", "Amazon DevOps Guru", ["DevOps Guru"], [], ["데브옵스 구루"]),
  ml("lookout-for-vision", "Amazon Lookout for Vision", ["Lookout for Vision"]),
  ml("lookout-for-equipment", "Amazon Lookout for Equipment", ["Lookout for Equipment"]),
  ml("healthlake", "AWS HealthLake", ["HealthLake"]),
  ml("healthomics", "AWS HealthOmics", ["HealthOmics", "Amazon Omics"]),
  ml("healthimaging", "AWS HealthImaging", ["HealthImaging"]),
  ml("healthscribe", "AWS HealthScribe", ["HealthScribe"]),
  ml("deepracer", "AWS DeepRacer", ["DeepRacer"], [], ["딥레이서"]),
  ml("deeplens", "AWS DeepLens", ["DeepLens"]),
  ml("panorama", "AWS Panorama", ["Panorama"], [], [], W),
  ml("elastic-inference", "Amazon Elastic Inference", ["Elastic Inference"]),
  ml("inferentia", "AWS Inferentia", ["Inferentia"]),
  ml("trainium", "AWS Trainium", ["Trainium"]),
  ml("deep-learning-amis", "AWS Deep Learning AMIs", ["Deep Learning AMIs", "Deep Learning AMI"], ["DLAMI"]),
  ml("deep-learning-containers", "AWS Deep Learning Containers", ["Deep Learning Containers"]),
  ml("mechanical-turk", "Amazon Mechanical Turk", ["Mechanical Turk"], ["MTurk"]),

  // Internet of Things
  iot("iot-core", "AWS IoT Core", ["IoT Core"], [], ["IoT 코어"]),
  iot("iot-greengrass", "AWS IoT Greengrass", ["IoT Greengrass", "Greengrass", "AWS Greengrass"], [], ["그린그래스"]),
  iot("iot-device-defender", "AWS IoT Device Defender", ["IoT Device Defender", "Device Defender"]),
  iot("iot-device-management", "AWS IoT Device Management", ["IoT Device Management"]),
  iot("iot-events", "AWS IoT Events", ["IoT Events"]),
  iot("iot-sitewise", "AWS IoT SiteWise", ["IoT SiteWise", "SiteWise"]),
  iot("iot-fleetwise", "AWS IoT FleetWise", ["IoT FleetWise", "FleetWise"]),
  iot("iot-twinmaker", "AWS IoT TwinMaker", ["IoT TwinMaker", "TwinMaker"]),
  iot("iot-analytics", "AWS IoT Analytics", ["IoT Analytics"]),
  iot("iot-expresslink", "AWS IoT ExpressLink", ["IoT ExpressLink", "ExpressLink"]),
  iot("freertos", "FreeRTOS", ["Amazon FreeRTOS"]),
  iot("monitron", "Amazon Monitron", ["Monitron"]),

  // Media Services
  media("kinesis-video-streams", "Amazon Kinesis Video Streams", ["Kinesis Video Streams"], ["KVS"], ["키네시스 비디오 스트림"]),
  media("elemental-mediaconvert", "AWS Elemental MediaConvert", ["Elemental MediaConvert", "MediaConvert"]),
  media("elemental-medialive", "AWS Elemental MediaLive", ["Elemental MediaLive", "MediaLive"]),
  media("elemental-mediapackage", "AWS Elemental MediaPackage", ["Elemental MediaPackage", "MediaPackage"]),
  media("elemental-mediastore", "AWS Elemental MediaStore", ["Elemental MediaStore", "MediaStore"]),
  media("elemental-mediatailor", "AWS Elemental MediaTailor", ["Elemental MediaTailor", "MediaTailor"]),
  media("elemental-mediaconnect", "AWS Elemental MediaConnect", ["Elemental MediaConnect", "MediaConnect"]),
  media("elastic-transcoder", "Amazon Elastic Transcoder", ["Elastic Transcoder"]),
  media("ivs", "Amazon Interactive Video Service", ["Amazon IVS", "Interactive Video Service"], ["IVS"]),
  media("deadline-cloud", "AWS Deadline Cloud", ["Deadline Cloud"]),
];
