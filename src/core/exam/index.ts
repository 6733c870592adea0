/** Exam practice from the student's own notes: question cards, and options for multiple choice. */
export { buildQuestionCards } from "./question-cards";
export { buildReverseCards, type ReverseCardOptions } from "./reverse-cards";
export { buildFitsCards, SIDES_SEPARATOR } from "./fits-cards";
export { buildOptionPool, type OptionCandidate, type OptionPool } from "./option-pool";
export { chooseOptions, type ChoiceCard, type ChoiceOption, type ChoiceRequest, type Choices } from "./choices";
export { prepareNames, splitAtNames, findNames, type NameList } from "./blank-names";
