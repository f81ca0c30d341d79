import { type Claim, type Issue, isCurrencyCode } from "../../core/index.js";
import { WorkBudget } from "../budget.js";
import { findNames, type Gazetteer } from "../gazetteer.js";
import { withListScales } from "../list-scale.js";
import { extractMessages } from "../messages.js";
import type { QuantityMention } from "../numbers/types.js";
import { type Sentence, splitSentences } from "../sentences.js";
import { withTableScales } from "../table-scale.js";
import { withYearLikeTableFigures } from "../table-year-figures.js";
import { findTables, type Table } from "../tables.js";
import { boundSentences, MAX_SENTENCE_CHARACTERS, MAX_SENTENCE_FIGURES } from "../windows.js";
import { ACQUIRER_ROLE, reviseAcquisitionList } from "./acquisition-list.js";
import { reviseAnaphoricAmount, reviseRepeatedAmount } from "./anaphoric-amount.js";
import { reviseBacklogOwner } from "./backlog-owner.js";
import { reviseBareFiscalQuarter } from "./bare-fiscal-quarter.js";
import { reviseBorrowerOfLoans, reviseRaiserOfHardwareMake } from "./borrower.js";
import { CARRIED_BY, reviseByBroughtTo } from "./brought-to.js";
import { reviseBuilderSpendingPlan } from "./builder-spending-plan.js";
import { reviseChangedFrom } from "./changed-from.js";
import { toClaim } from "./claim.js";
import { reviseByCoBuilders } from "./co-builders.js";
import { reviseCommitmentPartSource } from "./commitment-part-source.js";
import { reviseContinuedDeal } from "./continued-deal.js";
import { CONTRAST_AFTER, reviseByContrastAfter } from "./contrast-after.js";
import { reviseCostCarrier } from "./cost-carrier.js";
import { distributeRespectively, readCounterparty, readRolesFromVoice } from "./counterparty.js";
import { reviseDealDirection } from "./deal-direction.js";
import { reviseDealListOwner } from "./deal-list.js";
import { reviseDealRevenuePartner } from "./deal-revenue.js";
import { reviseDealTakenUp } from "./deal-taken-up.js";
import { withDescribedTrades } from "./described-trades.js";
import { reviseDeveloperInfrastructurePlan } from "./developer-infrastructure-plan.js";
import { noteAlliance, reviseByAlliance, reviseByParallel } from "./discourse.js";
import { noteDiscourse } from "./discourse-candidates.js";
import { reviseDisputedFigure, reviseDisputedQualifier } from "./disputed-figure.js";
import { fileForEachMember } from "./distributive.js";
import { ENTITY_WEIGHTS, settleEntity } from "./entity.js";
import { reviseFinancedBy } from "./financed-by.js";
import { reviseForecastMonth } from "./forecast-month.js";
import { withoutFormerEmployers } from "./former-employer.js";
import { reviseFrontedCompanion } from "./fronted-companion.js";
import { reviseFundInvestment } from "./fund-investment.js";
import { reviseGappedClauseCounterparty } from "./gapped-clause.js";
import { reviseByHorizonTotal } from "./horizon-total-part.js";
import { reviseByHouseVoice } from "./house-voice.js";
import { reviseInvestorCollective } from "./investor-collectives.js";
import { finishCandidate } from "./item.js";
import { reviseListItemQualifier } from "./list-item-qualifier.js";
import { reviseSupplierItem } from "./list-supplier.js";
import { reviseListedOwner } from "./listed-owners.js";
import { reviseMakeByListedPartner } from "./make-yields-to-partner.js";
import { reviseMarketSpending } from "./market-owner.js";
import { mergeDuplicates } from "./merge.js";
import { readMetric } from "./metric.js";
import { isNotAClaim } from "./not-a-claim.js";
import { reviseOrderFrom } from "./order-from.js";
import { reviseBuyerOfPart } from "./part-bought.js";
import { findSubject } from "./parties.js";
import { revisePartnerBuild } from "./partner-build.js";
import { revisePayment } from "./payment.js";
import { readPeriod } from "./period.js";
import { revisePledgeFrom } from "./pledge-from.js";
import { noteCoordinated } from "./plural-group.js";
import { revisePreviousDealSides } from "./previous-deal-sides.js";
import { reviseProgrammeFrame, reviseProgrammeFrameContinued } from "./programme-frame.js";
import {
  reviseProgrammeCapacityContinued,
  reviseProgrammeModifier,
  reviseProgrammeOwnFigure,
} from "./programme-modifier.js";
import { reviseProjectStake } from "./project-stake.js";
import { keepCompanyTopic, withoutPlaces, withoutPublicCounterparties } from "./public-bodies.js";
import { revisePublicOwnerMetric } from "./public-owner-metric.js";
import { revisePurchasePrice } from "./purchase-price.js";
import { readQualifier } from "./qualifier.js";
import { reviseLevelAtQuarterClose } from "./quarter-close.js";
import { reviseByQuotedSpeaker } from "./quoted-speaker.js";
import { reviseRaisedDebt } from "./raised-debt.js";
import { RANKING, reviseRankedFigure } from "./ranked-list.js";
import { reviseRegionalCapacity } from "./regional-capacity.js";
import { reviseReportedQuarter } from "./reported-quarter.js";
import { reviseContributionOwner, reviseRevenueShareSource } from "./revenue-share-source.js";
import {
  reviseByParties,
  reviseByRound,
  reviseDealRoles,
  reviseOwnInfrastructure,
  reviseWarrantAndGrowth,
} from "./revise.js";
import { reviseContributedPart, reviseRoundContribution } from "./round-contribution.js";
import { reviseRoundGiver } from "./round-giver.js";
import { reviseRoundNamedAfter } from "./round-investee.js";
import { reviseRoundRaiser } from "./round-raiser.js";
import { reviseRumouredRoundValuations } from "./rumoured-round-valuation.js";
import { closeSentence, readSentence } from "./sentence.js";
import { reviseServedCapacity } from "./served-capacity.js";
import { withSingularCollectives } from "./singular-collective.js";
import { reviseSiteBuilder } from "./site-builder.js";
import { reviseSiteFinancing } from "./site-financing.js";
import { reviseSpendingBackReference } from "./spending-back-reference.js";
import { reviseStakeBought } from "./stake-bought.js";
import { reviseStakeHeldBy } from "./stake-held-by.js";
import { reviseStakeIssuer } from "./stake-issuer.js";
import { reviseStakeBoughtFrom, reviseStakeSold } from "./stake-sold.js";
import { withStateAnaphora } from "./state-anaphora.js";
import { reviseBySupplierInClause } from "./supplier-in-clause.js";
import { reviseBySupplyChain } from "./supply-chain.js";
import { reviseSupplierRow } from "./table-subject.js";
import { sentenceMayHold, trailingHedge } from "./text.js";
import { reviseTheirDeal } from "./their-deal.js";
import { reviseTopicSupplier } from "./topic-supplier.js";
import {
  type AssemblyInput,
  type AssemblyOptions,
  type Context,
  type DocumentReading,
  issue,
  type SentenceReading,
} from "./types.js";
import { documentCurrencyOf, readUnit } from "./unit.js";
import { withUnknownCompanies } from "./unknown-names.js";
import { withUnknownProgrammes } from "./unknown-programmes.js";
import { reviseUtilityBuyer } from "./utility-buyer.js";
import { reviseValuationOfBacked } from "./valuation-investee.js";
import { reviseVentureApposition } from "./venture-apposition.js";
import { reviseWithAbsoluteList } from "./with-absolute-list.js";
import { reviseWithClauseOwner } from "./with-clause.js";

export { ENTITY_FEATURES, ENTITY_WEIGHTS, type EntityFeature } from "./entity.js";
export type { AssemblyInput, AssemblyOptions, FieldDecision } from "./types.js";

/** One figure through the stages in their fixed order: unit → metric → entity and counterparty → period → qualifier. */
export function readFigure(r: DocumentReading, s: SentenceReading, q: QuantityMention): void {
  r.budget.spend(1 + s.parties.length + s.times.length);
  const unit = readUnit(r, s, q);
  if (!unit || isNotAClaim(r, s, q, unit.unit)) return;
  const f = readMetric(r, s, q, unit);
  if (!f) return;
  reviseSpendingBackReference(r, s, f);
  if (!settleEntity(r, s, f)) return;
  reviseAnaphoricAmount(r, s, f);
  reviseDisputedFigure(r, s, f);
  reviseByQuotedSpeaker(r, s, f);
  reviseByHouseVoice(r, s, f);
  if (sentenceMayHold(s, RANKING)) reviseRankedFigure(r, s, f);
  reviseProgrammeModifier(r, s, f);
  reviseProgrammeOwnFigure(r, s, f);
  reviseProgrammeCapacityContinued(r, s, f);
  reviseWithClauseOwner(r, s, f);
  reviseInvestorCollective(r, f);
  revisePurchasePrice(r, s, f);
  reviseStakeBought(r, s, f);
  reviseBuyerOfPart(r, s, f);
  reviseRaisedDebt(r, s, f);
  reviseByAlliance(r, s, f);
  reviseByCoBuilders(r, s, f);
  reviseFinancedBy(r, s, f);
  reviseBorrowerOfLoans(r, s, f);
  reviseRaiserOfHardwareMake(r, s, f);
  reviseByParallel(r, s, f);
  if (sentenceMayHold(s, CARRIED_BY)) reviseByBroughtTo(r, s, f);
  withoutPublicCounterparties(r, s, f, readCounterparty);
  reviseFrontedCompanion(r, s, f);
  reviseWithAbsoluteList(r, s, f);
  reviseVentureApposition(r, s, f);
  distributeRespectively(r, s, f);
  reviseListedOwner(r, s, f);
  if (sentenceMayHold(s, CONTRAST_AFTER)) reviseByContrastAfter(r, s, f);
  withoutPublicCounterparties(r, s, f, reviseByParties);
  withoutPublicCounterparties(r, s, f, reviseByRound);
  reviseRoundContribution(r, s, f);
  reviseContributedPart(r, s, f);
  revisePayment(r, s, f);
  reviseDealRoles(r, s, f);
  reviseDealDirection(r, s, f);
  revisePreviousDealSides(r, s, f);
  reviseOrderFrom(r.text, s, f);
  reviseSupplierRow(r, s, f);
  reviseSupplierItem(r, s, f);
  readRolesFromVoice(r, s, f);
  reviseOwnInfrastructure(r, s, f);
  reviseBuilderSpendingPlan(r, f);
  reviseDeveloperInfrastructurePlan(r, f);
  reviseSiteFinancing(r, s, f);
  reviseFundInvestment(r, s, f);
  reviseContinuedDeal(r, s, f);
  reviseDealTakenUp(r, s, f);
  reviseBySupplierInClause(r, s, f);
  reviseMakeByListedPartner(r, s, f);
  reviseDealRevenuePartner(r, s, f);
  reviseStakeIssuer(r, s, f);
  reviseProjectStake(r, s, f);
  reviseStakeHeldBy(r, s, f);
  reviseStakeSold(r, s, f);
  reviseStakeBoughtFrom(r, s, f);
  reviseRevenueShareSource(r, s, f);
  reviseContributionOwner(s, f, r.text);
  revisePledgeFrom(r, s, f);
  reviseSiteBuilder(r, s, f);
  reviseCostCarrier(r, s, f);
  reviseServedCapacity(r, s, f);
  reviseRegionalCapacity(r, s, f);
  reviseUtilityBuyer(r, f);
  reviseBySupplyChain(r, s, f);
  reviseRoundGiver(r, s, f);
  if (sentenceMayHold(s, ACQUIRER_ROLE)) reviseAcquisitionList(r, s, f);
  reviseDealListOwner(r, s, f);
  reviseRoundNamedAfter(r, s, f);
  reviseValuationOfBacked(r, s, f);
  reviseRoundRaiser(r, s, f);
  revisePartnerBuild(r, s, f);
  reviseTopicSupplier(r, s, f);
  reviseProgrammeFrame(r, s, f);
  reviseProgrammeFrameContinued(r, s, f);
  reviseBacklogOwner(r, f);
  reviseCommitmentPartSource(r, s, f);
  reviseTheirDeal(r, s, f);
  reviseGappedClauseCounterparty(r, s, f);
  if (!reviseWarrantAndGrowth(r, s, f)) return;
  reviseMarketSpending(f, isCurrencyCode(f.candidate.unit));
  revisePublicOwnerMetric(r, s, f);
  reviseRepeatedAmount(r, s, f);
  readPeriod(r, s, f);
  reviseBareFiscalQuarter(r, f);
  readQualifier(r, s, f);
  reviseDisputedQualifier(r, s, f);
  reviseListItemQualifier(r.text, s, f);
  reviseForecastMonth(r, s, f);
  reviseReportedQuarter(r, s, f);
  reviseLevelAtQuarterClose(r, f);
  reviseChangedFrom(r, f);
  reviseByHorizonTotal(r, f);
  if (!finishCandidate(r, s, f)) return;
  fileForEachMember(r, s, f);
}

/**
 * A document opened for reading, before its first figure: its sentences (long ones cut, with a note),
 * the names in it, its subject, and the reading state the figures fill in text order.
 */
function openReading(
  input: AssemblyInput,
  {
    quantities,
    byStart,
    tables,
  }: { quantities: QuantityMention[]; byStart: QuantityMention[]; tables: Table[] },
  known: Gazetteer,
  budget: WorkBudget,
  options: AssemblyOptions,
  issues: Issue[],
): { reading: DocumentReading; sentences: Sentence[] } {
  const { text } = input;
  const bounded = boundSentences(
    splitSentences(text, input.language),
    text,
    byStart.map((q) => q.span),
  );
  const sentences = bounded.sentences;
  const found = withSingularCollectives(text, withStateAnaphora(text, findNames(text, known), known), known);
  const companies = withoutFormerEmployers(
    text,
    withoutPlaces(text, withUnknownCompanies(text, found, known), known),
  );
  const { names, gazetteer } = withUnknownProgrammes(
    text,
    companies,
    withDescribedTrades(text, companies, known),
  );
  // A state is the subject only of a piece that names no company: one on a public programme.
  const subject =
    findSubject(
      sentences,
      names.filter((n) => !gazetteer.publicBodies.has(n.canonical)),
      gazetteer,
      text,
    ) ?? findSubject(sentences, names, gazetteer, text);
  const context: Context = {
    text,
    language: input.language,
    published: input.published,
    gazetteer,
    subject,
    quantities,
    issues,
    document: input.document,
    budget,
    sentences,
  };
  for (const { sentence, parts } of bounded.cut)
    issue(
      context,
      "long_sentence",
      extractMessages.long_sentence(
        sentence.end - sentence.start,
        parts,
        MAX_SENTENCE_CHARACTERS,
        MAX_SENTENCE_FIGURES,
      ),
      sentence,
    );
  const reading: DocumentReading = {
    text,
    input,
    gazetteer,
    subject,
    context,
    budget,
    names,
    publicBodyMentions: found.filter((n) => gazetteer.publicBodies.has(n.canonical)),
    candidates: [],
    unknown: [],
    latest: undefined,
    latestRound: undefined,
    latestYearlyFlow: undefined,
    lastCurrency: null,
    documentCurrency: documentCurrencyOf(byStart),
    defaultOutlet: null,
    lastPerson: null,
    inRelatedList: false,
    warrant: null,
    topic: null,
    listTopic: null,
    discourse: { mentions: [], paragraphLead: new Map() },
    lastGroup: null,
    listLead: null,
    tables,
    entityWeights: options.entityWeights ?? ENTITY_WEIGHTS,
    observe: options.observe,
  };
  return { reading, sentences };
}

/** Builds the claims of one document from its quantities. Pure. */
export function assembleClaims(
  input: AssemblyInput,
  found: QuantityMention[],
  gazetteer: Gazetteer,
  budget: WorkBudget = new WorkBudget(input.text.length),
  options: AssemblyOptions = {},
): { claims: Claim[]; issues: Issue[] } {
  const { text } = input;
  const tables = findTables(text);
  const quantities = withListScales(
    text,
    input.language,
    withTableScales(
      text,
      input.language,
      tables,
      withYearLikeTableFigures(
        text,
        input.language,
        tables,
        found.map((q) => trailingHedge(q, text)),
      ),
    ),
  );
  const byStart = [...quantities].sort((a, b) => a.span.start - b.span.start);
  const issues: Issue[] = [];
  if (text.trim() === "") {
    issues.push({
      code: "empty_text",
      message: extractMessages.empty_text(),
      severity: "info",
      location: { kind: "none" },
    });
    return { claims: [], issues };
  }
  const { reading, sentences } = openReading(
    input,
    { quantities, byStart, tables },
    gazetteer,
    budget,
    options,
    issues,
  );
  for (let i = 0; i < sentences.length; i++) {
    const sentence = readSentence(reading, sentences, i, byStart);
    if (!sentence) continue;
    for (const q of sentence.sentenceQs) readFigure(reading, sentence, q);
    const topic = reading.topic;
    closeSentence(reading, sentence);
    noteDiscourse(reading, sentence);
    noteCoordinated(reading, sentence);
    keepCompanyTopic(reading, topic);
    noteAlliance(reading, sentence);
  }
  const merged = mergeDuplicates(reading.candidates, reading.unknown, reading.context);
  reviseRumouredRoundValuations(merged, reading.context.text);
  const claims = merged.map((c) => toClaim(c, input, byStart));
  return { claims, issues };
}
