// The basis of a figure (reported / estimate / guidance / forecast / prior) as an ordered
// table of named rules: the first rule that decides wins. Each rule carries an example
// sentence (our own words, written the way wires and papers write) that
// basis-rules.test.ts runs through extractFacts to check that the rule fires on it.
// A new cue goes where its reach belongs: figure-local cues (the words right before or
// after the figure) come before clause-level cues, which come before sentence-level ones.
import { isCurrencyUnit, type Basis, type Span } from "@/lib/contract";
import type { FigureContext } from "./attributes";
import { alternation, BROKERS, CONSENSUS_COMPILERS, NEWS_OUTLETS, PUBLIC_BODIES, RATING_AGENCIES, RESEARCH_FIRMS } from "./lexicon";
import { within } from "./spans";


// ("from last year's $3.12 billion": a period's possessive names the base too.)
const PRIOR_BEFORE_RE =
  /\b(?:from|compar(?:ed|es|e|ing) (?:with|to)|versus|vs\.?|as against|against|(?<!(?:more|less|fewer|higher|lower|better|worse|rather) )than)\s+(?:(?:the|a|an|its|previous|prior|earlier|last|year-ago|prior-year|previous-year|year-earlier|revised|downwardly|upwardly|initially|originally|first|reported|an?\s+estimated|estimates?|forecasts?|guidance|of|expectations?|projections?|record|(?:year|quarter|period|month|half|season|January|February|March|April|May|June|July|August|September|October|November|December)['’]s)\s+){0,4}(?:(?:more than|about|around|nearly|roughly|over|approximately|as much as|as little as)\s+)?$/i;
// "from their 52-week low of $X", "compared with a net loss of $X": a named level or
// measure as the comparison base.
const PRIOR_LEVEL_BEFORE_RE =
  /\b(?:(?:from|beat|beating|beats|top|topping|tops|surpass(?:ed|ing|es)?|exceed(?:ed|ing|s)?)\s+(?:(?:their|its|the|a|an|his|her|52-week|all-time|record|previous|prior|earlier|intraday|closing|regular|official|settlement|year-ago|IPO|offer|offering|issue|listing|debut|net|pre-tax|pretax|operating|[A-Z][a-z]+['’]s|last (?:year|month|week|quarter)['’]s)\s+){0,3}(?:low|high|peak|record|level|close|price|estimate|forecast|guidance|outlook|target|view|profit|loss|gain|deficit|surplus|income)s?\s+of|(?:compar(?:ed|es|e|ing) (?:with|to)|versus|vs\.?|against)\s+(?:[\w'’-]+\s+){1,5}of)\s+(?:(?:about|around|nearly|roughly|approximately)\s+)?$/i;
// "above the range of $30 to $32 it set last week": the marketed range, not the outcome.
const RANGE_BASE_BEFORE_RE = /\b(?:above|below|beyond|under|over|exceeding|topping|top of|bottom of)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}range\s+(?:of\s+)?$/i;
const RANGE_BASE_AFTER_RE = /^\s+(?:range\s+)?(?:(?:it|they|the company|the group|the firm)\s+)?(?:had\s+)?(?:initially\s+|originally\s+|earlier\s+)?(?:set|marketed|targeted|sought|floated|indicated)\b/i;
// "It had marketed the shares at $21 to $23": the range an IPO was sold on, before its price.
// ("initially marketed 30.8 million shares at $62 to $68 each": a decimal inside; "the anticipated pricing range between $19 and $20".)
const RANGE_MARKETED_BEFORE_RE = /\b(?:marketed|marketing|targeted|sought)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:at|for|of|between)\s+$|\b(?:anticipated|expected|indicated|initial|original|proposed|planned)\s+(?:price|pricing|offer|IPO)\s+(?:range|band)\s+(?:of\s+|between\s+|at\s+)?$/i;
// "It expects ... and to produce $180 million": the outlook verb governs the infinitive.
const OUTLOOK_INFINITIVE_RE = /\b(?:expects?|expected|sees|forecasts?|projects?|anticipates?|aims?|plans?|targets?|intends?)\b[^.;]*\bto\s+(?:[\w-]+\s+){1,4}$/i;
// Deal terms ("would owe a termination fee of", "agreed to pay") are reported terms, not an outlook.
// ...but only in a sentence about a deal ("would pay its first dividend of 19 cents" is an outlook).
const DEAL_WORDS_RE = /\b(?:deal|merger|acquisition|acquir\w*|buy|takeover|offer|bid|agreement|transaction|terminat\w*|break(?:-?up)? fee|shareholders|premium|in cash)\b/i;
const DEAL_TERMS_RE = /\b(?:would|will|agreed to|has agreed to|have agreed to)\s+(?:also\s+)?(?:pay|owe|receive|be paid)\b|\b(?:termination|break(?:-?up)?) fee\b/i;
// "has obtained a $7 billion bridge loan commitment": a done deal.
const OBTAINED_RE = /\b(?:obtained|secured|arranged|signed|received|completed|closed)\b/i;
// Who stands behind an estimate; without one, "expected" is the company's or a forecaster's.
// "is expected to grow", "expected wage inflation of" (not "than expected", "beat expectations").
const FORWARD_EXPECTED_RE = /\b(?<!than )(?:expected|anticipated|predicted)\s+(?:[\w-]+\s+){0,3}?(?:to|of)\b/i;
const BEAT_AFTER_RE = /^\s+(?:[\w-]+\s+){0,2}?(?:topped|beat|missed|exceeded|surpassed|was (?:better|worse|higher|lower|stronger|weaker) than|came in (?:above|below|ahead of))\b/i;
const PASSIVE_EXPECTED_RE = /\b(?:is|are|was|were|be)\s+(?:widely\s+)?(?:expected|anticipated|predicted)\b/i;
const COMPILERS = alternation(CONSENSUS_COMPILERS);
// ("The whisper number, compiled by Estimize, is $1.51": the unofficial consensus.)
const SENTENCE_ESTIMATE_RE = new RegExp(String.raw`\b(?:analysts?|consensus|${COMPILERS}|polled|whisper)\b`, "i");
const ESTIMATOR_RE = new RegExp(String.raw`\b(?:analysts?|consensus|estimates?|polled|surveyed|${COMPILERS}|Wall Street|the Street|Street (?:view|forecasts?|expectations?)|market (?:view|expectations?|consensus)|brokers?|economists?)\b`, "i");
// "implies growth of 37%": arithmetic on an outlook is an outlook.
const IMPLIES_RE = /\bimpl(?:y|ies|ied|ying)\b/i;
// "when revenue was $37.9 billion": the earlier state a change is measured from.
// ("fell 1.2 percent from November, when it declined by a revised 0.1 percent": the earlier month's move.)
const WHEN_WAS_RE = /^\s*when\s+(?:[\w'’-]+\s+){0,3}(?:(?:was|were|stood at|totaled|totalled|traded at|(?:was|were) trading at|closed at)|(?:rose|fell|declined|increased|grew|dropped|gained|slipped|edged (?:up|down))(?:\s+by)?(?:\s+an?)?(?:\s+(?:revised|downwardly revised|upwardly revised))?)\s+(?:(?:about|around|nearly|roughly)\s+)?$/i;
// "Adjusted earnings were $3.02", "Salesforce returned $3.8 billion": a result stated outright.
const RESULT_VERB_BEFORE_RE = /\b(?:was|were|reported|totaled|totalled|amounted to|stood at|came (?:in )?(?:at|to)|returned|paid|spent|generated|earned|made|reached|has|have|operates|employs|booked|recorded|posted|delivered|repurchased|bought back)\s+(?:(?:about|around|nearly|roughly|approximately|more than|over)\s+)?$/i;
// "raising $1.2 billion": a participle clause spelling out the result of the main verb.
const RESULT_PARTICIPLE_RE = /^\s*(?:and\s+)?(?:raising|bringing|giving|taking|leaving|valuing|lifting|pushing|cutting|reducing)\b/i;
// "according to a report ... could consume 12% by 2028": a third party's projection.
// "according to research firm IDC", "according to Gartner": a research firm's projection.
const SOURCE_REPORT_RE = new RegExp(String.raw`\baccording to (?:(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}(?:report|study|research|analysis|survey|firm|forecast|projection|estimate)\b|(?:(?:market\s+)?research firm\s+)?(?:${alternation(RESEARCH_FIRMS)})\b)`, "i");
const PROJECTION_RE = /\b(?:could|may|might|will|would|is projected to|are projected to|by 20\d\d)\b/i;
const SECOND_CLAUSE_RE = /\s+and\s+(?:it\s+|the company\s+|the group\s+)?(?:said|says|added|noted|warned|expects?|sees|repeated|reiterated|reaffirmed)\b/i;
const ATTRIBUTING_PARTICIPLE_RE = /^\s*(?:saying|arguing|estimating|reckoning|noting)\b/i;
const PRIOR_WORDS_RE =
  /\b(?:a year (?:earlier|ago|before)|year-(?:ago|earlier)|the previous (?:year|quarter)|the prior (?:year|quarter)|the same (?:period|quarter) (?:a year ago|last year)|the corresponding (?:quarter|period|half)|last year['’]s (?:quarter|period)|previous(?:ly)?|earlier estimates?|in the year-ago)\b/i;
// "$4 billion a year earlier" (but "up 7% from a year earlier" is a change, not a base).
const PRIOR_AFTER_RE =
  /^,?\s+(?:(?!from\b|than\b|compared\b|versus\b|vs\b)[\w-]+\s+){0,2}?(?:a year (?:earlier|ago|before)|(?:one|two|three|six|nine|twelve|\d{1,2}) (?:months|quarters|years) (?:earlier|ago|before)|in the year-(?:ago|earlier) (?:quarter|period)|in the (?:previous|prior) (?:year|quarter)|in the same (?:period|quarter) (?:a year ago|last year)|in the corresponding (?:quarter|period|half)(?: (?:a year ago|last year|of (?:the )?(?:previous|last) (?:year|fiscal)))?)\b/i;
// ("lower than 11.84 per cent three months earlier", "as against 19.61% in the corresponding quarter last year": Indian and Gulf results.)
const ESTIMATE_AFTER_RE =
  /^\s*(?:adjusted\s+|in revenue\s+|of revenue\s+|(?:loss|profit|gain|rise|fall|decline|increase|drop|growth)\s+)?(?:expected|estimated|estimate|est\.|forecast|consensus|anticipated|projected)\b|^\s*(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:analysts?(?:\s+(?:at|from)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})?|Wall Street|the Street|the market|markets|investors|economists?)\s+(?:had\s+)?(?:expected|expect|are expecting|were expecting|was expecting|are looking for|were looking for|was looking for|forecast|estimated|predicted|anticipated|polled|modeled|modelled|penciled in|pencilled in|projected)/i;
const ESTIMATE_RE =
  new RegExp(String.raw`\b(?:(?<!\b(?:told|tells|telling|briefed|briefing)\s)analysts?|consensus|estimates?|expected(?!\s+(?:credit|loan)[- ]loss)|expectations?|polled|surveyed|${COMPILERS}|Wall Street (?:had )?(?:expected|was expecting|forecast|modeled|modelled)|Street (?:view|forecasts?|expectations?)|(?:Wall Street|the Street|[Ff]orecasters) (?:is|was|are|were|had been|have been) (?:looking for|expecting|forecasting|modell?ing|pencill?ing in)|predicted|anticipated)\b`, "i");
const COMPANY_EXPECTS_RE =
  /\b(?:(?:the )?(?:company|firm|group|it|management|executives?|we)\s+(?:now\s+|also\s+|still\s+)?(?:expect(?:s|ed)?|sees|forecasts?|projects?|anticipates?|guided|predicts?|estimates?|targets?|aims?|plans?)\b|\b(?:guidance|outlook|guided|forecast for|(?:raised|lowered|cut|lifted|trimmed|narrowed|widened|stuck to|sticking to|sticks to|kept|keeping|maintained|maintaining|held|holding|confirmed|repeated|affirmed|left unchanged) its (?:[\w-]+\s+){0,3}?(?:forecasts?|outlook|guidance|targets?|view|estimates?|expectations?|range|projections?)|reaffirmed|reiterated|sees|(?<!\b(?:values|valuing|valued|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|for|of|to|takeover)\s+(?:the\s+)?)targets?(?!['’]s|\s+(?:company|firm|group|shareholders|board|investors|at)\b)|targeting|aims? to|aiming (?:for|at|to)|(?:remains?|is|are|stays?) on (?:track|course) (?:to|for)|plans? to|commitment|committed|pledged?|will|would|should|intends? to|budget(?:ed)?(?!\s+(?:carriers?|airlines?|hotels?|retailers?|chains?)\b)|expects?|visibility (?:into|of|on))\b)/i;
const THIRD_PARTY_RE =
  /\b(?:(?:is|are|was|were) (?:(?:together|now|still|also|collectively)\s+)?(?:projected|forecast|expected|set|poised|estimated|likely|on track) to|projected to|set to|according to|research firm|forecasts? (?:by|from)(?!\s+(?:about\s+|roughly\s+)?[$€£¥\d])|(?:IDC|Gartner|Counterpoint|Canalys|McKinsey|Morgan Stanley|Goldman Sachs|Bloomberg Intelligence)\b)/i;

// "(H1 2016: ", "(2019: ", "(FY24: ", "(prior year: ": a results line's bracketed comparison period.
const BRACKETED_PERIOD_BEFORE_RE = /\(\s*(?:(?:H[12]|[12]H|HY|FY|Q[1-4]|first half|half[- ]year|full[- ]year|prior year|last year|previous year|pcp)\s*(?:FY)?['’]?(?:\d{2}|\d{4})?(?:\/\d{2})?|(?:FY)?['’]?(?:\d{2}|\d{4})(?:\/\d{2})?)\s*:\s*$/i;
// "a higher-than-expected ", "a weaker than forecast ": an adjective that sets the figure against expectations.
const THAN_EXPECTED_BEFORE_RE = /\b(?:higher|lower|better|worse|stronger|weaker|bigger|smaller|larger|faster|slower|steeper|softer|firmer|hotter|cooler|sharper|milder)[- ]than[- ](?:expected|forecast|anticipated|estimated|predicted)\s+(?:(?:annual|monthly|quarterly|year-on-year|month-on-month)\s+|(?:[\w-]+\s+){1,3}of\s+)?$/i;
// " vs. $586.7 million expected", " per share, adjusted, vs. 88 cents per share as expected by analysts": what was expected, after the result.
const RESULT_VS_EXPECTED_AFTER_RE = /^\s*(?:(?:per|a)\s+(?:diluted\s+)?share\s*)?(?:,?\s*(?:adjusted|non-GAAP|GAAP|reported)\s*)?,?\s*(?:vs\.?|versus)\s+[^;]{0,24}?\d[^;]{0,40}?\b(?:expected|estimated|estimates?|consensus|forecast|projected|anticipated)\b/i;

// Words of an economic series: a forecast of one is an economist's, not an analyst's estimate.
const MACRO_WORDS_RE = /\b(?:inflation|prices|GDP|economy|unemployment|jobless|payrolls|retail sales|wages|pay|interest rates?|policy rate|Bank Rate|cash rate|CPI|PPI)\b/i;
// "the previous outlook of", "its earlier guidance of a decline of 5% to 7%", "Its prior target was": an earlier outlook, now replaced.
const EARLIER_OUTLOOK_BEFORE_RE =
  /\b(?<!\byear\s)(?:earlier|previous|prior|original|old|initial|(?:its|their|the)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|first-half|half-year|interim))\s+(?:(?!(?:and|or|a|an|the|with|than)\b)[\w-]+\s+){0,3}?(?:outlook|forecasts?|guidance|targets?|estimates?|view|range|projections?)\s+(?:of|was|were|had been|stood at|called for)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:decline|drop|fall|rise|increase|gain|growth|loss|profit)\s+of\s+)?(?:(?:about|around|roughly|up to|as much as|between)\s+)?$/i;
// "Markets now see a 92% chance of a quarter-point cut ..., taking its deposit rate to 2.75%": what the market prices in.
const CHANCE_OF_RE = /\b(?:chance|probability|odds|likelihood)\s+(?:that|of)\b|\b(?:pric(?:e|es|ed|ing)|bet(?:s|ting)?)\s+in\b|\bbet(?:s|ting)?\s+(?:that|on)\b/i;
// "raised its forecast ... and said it had cut about 7,000 jobs": the second clause states a result of its own.
const SAID_RESULT_RE = /\band\s+(?:it|the company|the group|the bank|the firm)?\s*(?:said|says|added)\s+(?:it\s+|that\s+(?:it\s+)?)?(?:had|has|was|were|is)\b(?![^.;]*\b(?:expect\w*|forecast\w*|plan\w*|target\w*|aim\w*|will|would)\b)/gi;
// An authorised buyback is a plan to spend up to its amount.
const BUYBACK_PLAN_RE = /\b(?:buy-?backs?|repurchases?|repurchase (?:program|programme|plan))\b/i;
const BUYBACK_START_RE = /\b(?:announc\w*|authori[sz]\w*|approv\w*|launch\w*|start\w*|unveil\w*|new|plans?)\b/i;
const UP_TO_BEFORE_RE = /\b(?:up to|as much as|no more than)\s+$/i;
// "The Bank's own forecast, published two weeks ago, had inflation at 2.9%": a sentence whose subject is a forecast.
const FORECAST_SUBJECT_RE = /^(?:The\s+|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*['’]s?\s+)(?:(?:own|latest|new|updated|quarterly|central|staff)\s+)*(?:forecasts?|projections?)\b/;

// ("It had previously guided to ARR of $5.05 billion", "below the 70 stores it had planned in February".)
const EARLIER_FORECAST_VERB = String.raw`(?:had\s+(?:previously\s+|earlier\s+|originally\s+|initially\s+)?|previously\s+|originally\s+|initially\s+)(?:forecast|projected|guided(?:\s+(?:for|to))?|predicted|targeted|estimated|expected|planned|budgeted)`;
const OWN_EARLIER_FORECAST_AFTER_RE = new RegExp(String.raw`^\s+(?:[a-z][\w-]*\s+)?(?:(?:it|they|the company|the group|the firm|[A-Z][\w&.'’-]*)\s+)?${EARLIER_FORECAST_VERB}\b`);
const OWN_EARLIER_FORECAST_BEFORE_RE = new RegExp(String.raw`\b${EARLIER_FORECAST_VERB}\s+(?:(?:a|an|the|its|revenue|sales|earnings|profit|capex|ARR|EBITDA|margins?|of)\s+){0,3}(?:(?:about|around|roughly)\s+)?$`, "i");

// "Nexora Semiconductor (NXS) forecast fourth-quarter revenue of $2.1 billion": a company names its outlook.
const NAMED_FORECAST_RE = /(?:^|[,;]\s+|\b(?:and|but)\s+)(?!(?:Analysts|Economists|Strategists|Forecasters|Traders|Investors|Markets|Brokers|Consensus)\b)[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&))*(?:\s+\([^)]{1,24}\))?(?:,\s+(?:an?|the)\s+[^,]{1,40},)?\s+(?:also\s+|now\s+|on \w+day\s+)?(?:forecast|forecasts|projected|guided|predicted)\s+(?!by\b|that\b)/;

// ("The market had pencilled in a margin of 10.2%": the market's view of a company is the consensus.)
const ESTIMATORS_OPEN_RE = new RegExp(String.raw`^(?:(?:The\s+)?(?:Analysts?|Wall Street|The Street|Street|Consensus|Brokers)|The market(?= had (?:pencill?ed in|expected|forecast))|${COMPILERS})\b[^.;]{0,60}?\b(?:expect\w*|forecast\w*|estimat\w*|see|saw|project\w*|predict\w*|(?:are|were|is|was) looking for|model\w*|pencill?ed in)\b`);

const LIST_MOVE_BEFORE_RE = /^\s*(?:[Ss]hares\s+)?(?:[Uu]p|[Dd]own|[Hh]igher|[Ll]ower|Rose|Fell|Gained|Lost|Added|Climbed|Jumped|Tumbled|Slipped|Slid|Dropped|Dipped|Eased|Plunged|Soared|Surged|Rallied|Advanced|Declined|Sank|Slumped|Edged (?:up|down|higher|lower)|Ticked (?:up|down|higher|lower)|rose|fell|gained|lost|climbed|jumped|tumbled|slipped|dropped|plunged|soared|surged|edged (?:up|down|higher|lower))\s+(?:(?:about|nearly|almost|roughly|more than|as much as)\s+)?$/;

const BROKER_NAMES = alternation(BROKERS);
const BROKER_OUTLOOK_RE = new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|but|while)\s+)(?:[Tt]he broker|[Tt]he brokerage|${BROKER_NAMES})(?:\s+(?:analysts?|also|now|still))*\s+(?:sees|expects|forecasts|estimates|predicts|models|projects|had (?:forecast|estimated|expected|predicted|projected|pencill?ed in))\b|^(?:[Tt]he broker|[Tt]he brokerage|${BROKER_NAMES})\b[^.;]{0,150}?\b(?:and|but)\s+(?:now\s+|also\s+|still\s+)?(?:sees|expects|forecasts|estimates|predicts|models|projects)\b`);
// "than the 4.1% it managed in the second quarter": a result already achieved, the base of a comparison.
const EARLIER_RESULT_AFTER_RE = /^\s+(?:(?:it|they|the company|the group|[A-Z][\w&.'’-]*)\s+)(?:had\s+)?(?:managed|reported|posted|made|earned|delivered|achieved|recorded|booked)\b/;

const RESULT_RE = /\b(?:reported|posted|came in|beat|beating|beats|missed|missing|topped|topping|exceeded|surpassed|rose|fell|grew)\b/i;

const RANGE_REACHED_BEFORE_RE = /\b(?:lowered|raised|cut|lifted|hiked|reduced|increased|moved|brought|held|kept|left)\b[^.;]{0,80}\b(?:to|at|in)\s+(?:a|the|its)\s+(?:target\s+)?range\s+of\s+$/i;
const REVISED_EARLIER_BEFORE_RE = /(?:^|\b)(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ll]ast month|[Tt]he previous month|[Tt]he prior month)['’]s\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+revised\s+(?:(?:up|down|higher|lower|upward|downward)\s+)?(?:to\s+(?:show\s+)?(?:an?\s+)?)?$/;
const PERSON_OUTLOOK_RE = /^(?:He|She|They)\s+(?:now\s+|also\s+|still\s+)?(?:expects?|expected|sees?|forecasts?|estimates?|estimated|predicts?|predicted|projects?|projected)\b/;
const HAD_MOVED_BEFORE_RE = /\bhad\s+(?:grown|risen|fallen|climbed|increased|declined|dropped|gained|slipped)\s+(?:by\s+)?$/i;
const EARLIER_PERIOD_LATER_RE = /^\s+(?:[\w-]+\s+){0,4}?(?:in|for|during)\s+the\s+(?:previous|prior|preceding|first|second|third|fourth|last)\s+(?:month|quarter|half|year)\b/i;
const AFTER_MOVE_BEFORE_RE = /\bafter\s+(?:an?\s+(?:(?:revised|downwardly revised|upwardly revised)\s+)?|(?:growth|a (?:rise|fall|gain|drop|decline|increase)) of\s+|(?:rising|falling|growing|gaining|declining|dropping)\s+(?:by\s+)?)$/i;
const EARLIER_PERIOD_AFTER_RE = /^\s+(?:(?:gain|rise|fall|drop|decline|increase|growth|advance|contraction|expansion)\s+)?(?:in|for|during)\s+(?:the\s+)?(?:(?:previous|prior|preceding|first|second|third|fourth|last|final)\s+(?:month|quarter|half|year|week)|January|February|March|April|May|June|July|August|September|October|November|December|(?:month|quarter) before)\b|^\s+(?:(?:gain|rise|fall|drop|decline|increase|growth)\s+)?(?:the (?:previous|prior) (?:month|quarter|year)|the (?:month|quarter|year) before|a (?:month|quarter|year) (?:earlier|ago)|last (?:month|quarter|year))\b/i;
const BROKER_REVISED_RE = new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|but|while)\s+)(?:[Tt]he broker|[Tt]he brokerage|${alternation(BROKERS)})(?:\s+(?:analysts?|also|now))*\s+(?:raised|lifted|cut|lowered|trimmed|increased|reduced|upgraded|downgraded)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|projections?)\b|^(?:[Tt]he broker|[Tt]he brokerage|${alternation(BROKERS)})\b[^.;]{0,150}?\b(?:and|but)\s+(?:also\s+)?(?:raised|lifted|cut|lowered|trimmed|increased|reduced)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|projections?)\b`);
// "DZ Bank analyst Markus Lenz ... now expects EBIT of €1.61 billion", "a retail analyst ..., who expects chains to grow
// sales about 6%", "Morgan Stanley expects Carvana to sell 590,000 units", "Bernstein said ... could recover to 3.5%": an
// analyst or broker is the outlook verb's subject (not "told analysts"), so the figure is its estimate.
const VIEW_VERBS = String.raw`expects?|expected|sees|saw|forecasts?|estimates?|estimated|predicts?|predicted|projects?|projected|models?|modell?ed|reckons?`;
const ANALYST_VIEW_RE = new RegExp(String.raw`(?:\b(?<!\b(?:told|tells|telling|briefed|briefing|to|for|with|by|of)\s)(?:analysts?|strategists?)|(?:^|[,;]\s+|\b(?:and|but|while|after|as)\s+)(?:${BROKER_NAMES}))\b(?:(?!\b(?:the company|the group|management|it|we)\s+(?:now\s+|also\s+)?(?:expects?|sees|forecasts?)\b)[^.;]){0,90}?(?:\b(?:${VIEW_VERBS})\b|\bsaid\b(?:[^.;]){0,70}?\b(?:could|would|may|might|should)\b)`, "g");
// A result or its own later clause between the view and the figure ("analysts had forecast, and e-commerce sales jumped 24%").
const VIEW_BROKEN_RE = /\b(?:rose|fell|grew|jumped|climbed|slipped|dropped|gained|lost|reported|posted|came in|said|says)\b|,\s+and\b/i;

// "When the deal completes, Harrowgate investors will own about 71 per cent of the enlarged group", "will retain a stake of
// about 64% after the offering", "Including debt, the deal would be worth roughly $8.3 billion": a deal's pro-forma terms,
// stated by its announcement (not savings or synergies it hopes for).
const PRO_FORMA_RE = /\b(?:enlarged|combined) (?:group|company|business|entity|bank)\b|\bwhen the (?:deal|merger|acquisition|transaction|takeover|offer) (?:completes|closes|is completed|goes through)\b|\bafter the (?:offering|IPO|listing|deal|merger|transaction)\b|\b(?:deal|offer|transaction|bid) would be worth\b/i;
const PRO_FORMA_NOT_RE = /\b(?:expect\w*|forecast\w*|target\w*|aims?|sees|plans?|synerg\w*|sav(?:e|es|ing|ings)|accreti\w*|add about|could|might|may)\b/i;

function thirdOrOwn(local: string): Basis {
  // "Harbridge is on track to cut costs by $500 million": a company's own course is its guidance.
  return /\b(?:commitment|plans?|pledged?|guidance|outlook|on track)\b/i.test(local) ? "guidance" : "forecast";
}

// "than the 380 billion yuan it had already committed": an earlier outlook.
// "against the 146 yen Toyota has assumed for the rest of its fiscal year": the outlook's own assumption.
const COMMITTED_AFTER_RE = /^\s+(?:\([^)]*\)\s+)?(?:(?:it|they|the company|the group|the firm|[A-Z][\w&.'’-]*)\s+)?(?:had\s+|has\s+|is\s+)?(?:already\s+|previously\s+|earlier\s+)?(?:committed|pledged|budgeted|promised|earmarked|planned|set aside|assumed|assumes|assuming|built in)\b/;
// "the 380 billion yuan, three-year AI budget it announced": the figure names an outlook.
const OUTLOOK_NOUN_AFTER_RE = /^\s*(?:\([^)]*\))?,?\s+(?:[\w-]+\s+){0,4}?(?:budget|commitment|pledge|spending plan|investment plan)\b/i;
// "the 2.3% fall forecast by economists in a Reuters poll", "3.1% economists had expected".
const ECONOMISTS_AFTER_RE =
  /^(?:-[a-z]+)?\s+(?:[\w-]+\s+){0,2}?(?:(?:forecast|expected|predicted|projected|seen|estimated|anticipated)\s+(?:by|in)\s+(?:[\w-]+\s+){0,3}?(?:economists|polls?|surveys?)\b|(?:that\s+)?(?:economists|forecasters)\s+(?:had\s+)?(?:expected|expect|forecast|predicted|polled|see|saw|pencill?ed in))/i;
// "economists polled by Reuters expect", "a Reuters poll of economists forecast": an economists' poll.
const ECONOMISTS_EXPECT_RE =
  /\b(?:economists?|strategists?|forecasters?)\b[^.;]{0,80}?\b(?:expect\w*|forecast\w*|see|sees|saw|predict\w*|project\w*|estimat\w*|pencill?ed in|median)\b|\b(?:Reuters|Bloomberg) (?:poll|survey)\b|\bpoll(?:ed)? of (?:[\w-]+\s+){0,2}economists\b/i;
// "against a median forecast of 0.4%", "the median forecast ... was for inflation to have slowed to 2.9%".
// ("Policymakers' median projection shows the rate at 3.4%": a central bank's own projections.)
const MEDIAN_FORECAST_BEFORE_RE = /\b(?:median|average|mean)\s+(?:forecast|estimate|expectation|prediction|projection)s?\s+(?:(?:of|for|was for|is for|shows?|showed|puts?|put|sees?|saw|has|had)\s+)(?:[\w-]+\s+){0,6}?$/i;
// A move stated outright ("fell 9%", "jumping 9.2% to"), in a clause with no outlook words.
const MOVE_VERBS = String.raw`rose|fell|gained|lost|added|shed|climbed|jumped|tumbled|slipped|slid|dropped|dipped|eased|plunged|soared|surged|rallied|advanced|declined|sank|slumped|firmed|retreated|rebounded|grew|increased|decreased|narrowed|widened|put on|(?:was|were|closed|ended|finished) (?:up|down|higher|lower)|rising|falling|gaining|losing|adding|climbing|jumping|tumbling|slipping|sliding|dropping|dipping|easing|plunging|soaring|surging|rallying|advancing|declining|sinking|slumping`;
const MOVE_BEFORE_RE = new RegExp(
  String.raw`\b(?:${MOVE_VERBS})\s+(?:(?:by|about|around|nearly|almost|roughly|some|more than|as much as|over|another|a further)\s+)*(?:[^\s,;]+(?:\s+(?:per\s*cent|percent|pct|points?|pence|cents))?\s+(?:to|at)\s+)?$`,
  "i",
);
// "is expected to report", "are forecast to post": a preview of a company's coming result (not after "which"/"who").
const EXPECTED_TO_REPORT_RE = /(?<!\b(?:which|who|that)\s+)\b(?:is|are)\s+(?:widely\s+|also\s+)?(?:expected|anticipated|forecast|projected)\s+to\s+(?:say|report|post|show|announce|deliver|log|book|unveil)\b/i;
// "will now pay a quarterly dividend of": a declared payout.
const DECLARED_PAYOUT_BEFORE_RE = /\b(?:will|is to)\s+(?:now\s+|also\s+)?pay\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}(?:dividend|distribution)\s+(?:of\s+)?(?:(?:about|around)\s+)?$/i;
// "trading range was between ", "had ranged between ", "traded in a range of ": the range a price moved in.
const TRADED_RANGE_BEFORE_RE = /\b(?:trading range\s+(?:was|is|has been|had been)\s+(?:between\s+)?|(?:ranged|traded|moved|fluctuated|swung|oscillated)\s+(?:in\s+(?:a|the)\s+(?:narrow\s+|tight\s+|wide\s+)?range\s+(?:of\s+|between\s+)?|between\s+))(?:(?:about|around)\s+)?$/i;
// "is now projected at ", "are forecast at ", "was pegged at ": a passive projection of the figure.
const PROJECTED_AT_BEFORE_RE = /\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:projected|forecast|seen|pegged)\s+at\s+(?:(?:about|around|roughly)\s+)?$/i;
// "The consensus forecast calls for", "The full-year forecast for Apple has", "The forecast has": a preview's estimate line.
const PREVIEW_FORECAST_OPENS_RE = /^\s*The\s+(?:(?:consensus|full-year|full year|quarterly|annual|average|Street)\s+)?forecast(?:\s+for\s+(?:[A-Z][\w&.'’-]*\s+){1,4}?)?\s*(?:has|calls for|sees|puts|shows|is for)\b/;
const OUTLOOK_WORDS_RE = /\b(?:expect\w*|forecast\w*|sees?|seen|project\w*|guid\w*|predict\w*|estimat\w*|anticipat\w*|will|would|could|may|might|likely|poll\w*|target\w*|aims?|plans?|outlook|if)\b/i;
// "The Reserve Bank kept its cash rate at 4.35%" after "A year earlier" opens the sentence.
// ("During the same quarter last year, earnings per share were ... $3.51".)
const OPENS_WITH_EARLIER_RE = /^\s*(?:A year (?:earlier|ago|before)|(?:In|During) the (?:same|year-ago|year-earlier) (?:period|quarter|half|month)(?: (?:a year ago|last year|a year earlier))?|(?:In )?the (?:previous|prior) (?:year|quarter)|Last year)\b/i;

const FORECASTERS = String.raw`(?:${alternation(RATING_AGENCIES)}|${alternation(RESEARCH_FIRMS)}|${alternation(PUBLIC_BODIES)}|[Tt]he (?:rating |ratings |credit rating )?agency)`;
const FORECASTER_VIEW_RE = new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|but|while|as)\s+)(?:[Tt]he\s+)?${FORECASTERS}(?:['’]s?\s+(?:forecasting model|model|analysts|economists))?(?:\s+\([^)]{1,12}\))?\s+(?:[a-z]+\s+){0,2}?(?:now\s+|also\s+|still\s+)?(?:expects?|sees|forecasts?|projects?|predicts?|anticipates?)\b|\b${FORECASTERS}\b[^.;]{0,120}?\b(?:that|which)\s+it\s+(?:now\s+)?(?:expects?|sees|forecasts?|projects?)\b|^(?:[Tt]he\s+)?${FORECASTERS}\b[^.;]{0,120}?\b(?:and|but)\s+(?:now\s+|also\s+|still\s+)?(?:expects|sees|forecasts|projects|predicts)\b`);
// ("Moody's said Acme now expects ..." is the company's own view after all.)
const COMPANY_OWN_VIEW_RE = /\b(?:the company|the group|management)\s+(?:now\s+|also\s+)?(?:expects?|sees|forecasts?)\b/i;

// "could grow revenue 4.5%", "could rise about 30%", "could fetch about $8 billion", "may add up to": a modal governing the
// figure's own verb phrase is a view of what may happen, not a result.
const MODAL_BEFORE_RE = /\b(?:could|may|might)\s+(?:(?:well|still|also|eventually|potentially|now|easily)\s+)?(?:[\w-]+\s+){1,4}?(?:(?:by|to|about|around|roughly|nearly|some|up to|as much as|more than|another|a further)\s+)*$/;
// Whose view it is: a forecaster's, a news report's or its sources' (a forecast); a broker's or analyst's (others' view).
const FORECASTER_SOURCE_RE = new RegExp(String.raw`\b(?:${FORECASTERS}|${alternation(NEWS_OUTLETS)}|people (?:familiar|briefed|close)|sources? (?:familiar|said))\b`);
const BROKER_CONTEXT_RE = new RegExp(String.raw`\b(?:${BROKER_NAMES}|[Tt]he broker(?:age)?|[Bb]rokerage|analysts?|strategists?|economists?|price target|target price|rating)\b`);

// "below last year's £1.32 billion", "25% lower than last year's €3.9 billion": an earlier period's figure as the base.
// (The comparative before "than" is the move, not an estimate: "lower than expected" names none.)
const PAST_PERIOD_BASE_BEFORE_RE = /\b(?:than|below|above|ahead of|short of|under|over|beyond)\s+(?:last|the previous|the prior)\s+(?:year|quarter|month|week|season|half)['’]s\s+(?:[\w-]+\s+){0,2}?(?:(?:about|around|roughly|nearly|some)\s+)?$/i;
// "ahead of the $15 million target set at the start of the year", "below the 71% they were awarded last month", "above the
// 4.171% the notes had traded at just before the deadline": the base of a comparison that the text places in the past.
const COMPARED_THE_BEFORE_RE = /\b(?:than|below|above|ahead of|short of|under|over|beyond|exceeding|topping|missing|compared (?:with|to)|against|versus)\s+(?:the|its|their)\s+(?:(?:about|around|roughly|nearly|some)\s+)?$/i;
const PAST_CLAUSE_AFTER_RE = /^\s+(?:(?:[\w'’-]+\s+){0,4}?(?:had|was|were)\s+(?:[\w-]+\s+){0,2}?|(?:[a-z][\w-]*\s+)?(?:set|announced|given|paid|reached|struck|achieved|recorded|reported)\s+)(?:[^.;]{0,40}?)\b(?:last (?:year|month|week|quarter|time)|a (?:year|month|week|quarter) (?:earlier|ago|before)|previously|earlier|at the (?:start|beginning) of|just before|in the (?:previous|prior|last) (?:year|quarter|month|week|session|auction|sale))\b/i;

const SHARES_MOVED_BEFORE_RE = /[;,]\s+(?:the|its|their)\s+(?:shares|stock)\s+(?:\w+\s+)?(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|added|shed|eased|edged (?:up|down|higher|lower)|were (?:up|down))\s+(?:by\s+)?$/i;

export interface BasisInput {
  ctx: FigureContext;
  /** Null when the figure is about the world or an industry, not one company. */
  subject: string | null;
  /** The basis of the previous figure of the same sentence, if any. */
  previous: Basis | null;
}

/** What the basis rules read: the figure's input and the text around it, each slice made on first use. */
export class BasisScope implements BasisInput {
  readonly ctx: FigureContext;
  readonly subject: string | null;
  readonly previous: Basis | null;
  readonly text: string;
  readonly figure: Span;
  readonly sentence: Span;
  /** From the figure's segment start to the figure. */
  readonly before: string;
  /** From the figure's end to its segment end. */
  readonly after: string;
  #segBefore?: string;
  #sentenceBefore?: string;
  #localEnd?: number;
  #whole?: string;
  #bare?: boolean;

  constructor(input: BasisInput) {
    this.ctx = input.ctx;
    this.subject = input.subject;
    this.previous = input.previous;
    this.text = input.ctx.text;
    this.figure = input.ctx.figure;
    this.sentence = input.ctx.sentence;
    this.before = this.text.slice(input.ctx.segment[0], this.figure[0]);
    this.after = this.text.slice(this.figure[1], input.ctx.segment[1]);
  }

  /** `before`, reaching up to 14 characters back into the previous segment ("from" often ends it). */
  get segBefore(): string {
    return (this.#segBefore ??= this.text.slice(Math.max(this.sentence[0], this.ctx.segment[0] - 14), this.figure[0]));
  }

  /** `before`, from the last "and said it had/was …" clause on (an outlook before it does not reach the figure). */
  get ownBefore(): string {
    let cut = 0;
    SAID_RESULT_RE.lastIndex = 0;
    for (let m = SAID_RESULT_RE.exec(this.before); m; m = SAID_RESULT_RE.exec(this.before)) cut = m.index + m[0].length;
    return this.before.slice(cut);
  }

  /** The sentence up to the figure. */
  get sentenceBefore(): string {
    return (this.#sentenceBefore ??= this.text.slice(this.sentence[0], this.figure[0]));
  }

  /** Where the segment ends, or a second "and said …" clause starts. */
  get localEnd(): number {
    if (this.#localEnd === undefined) {
      const afterClause = SECOND_CLAUSE_RE.exec(this.after);
      this.#localEnd = afterClause ? this.figure[1] + afterClause.index : this.ctx.segment[1];
    }
    return this.#localEnd;
  }

  /** The segment, cut before a second "and said …" clause. */
  get local(): string {
    return this.text.slice(this.ctx.segment[0], this.localEnd);
  }

  get whole(): string {
    return (this.#whole ??= this.text.slice(this.sentence[0], this.sentence[1]));
  }

  /** A short segment ("plus or minus 2%", "or 49 cents") that goes with the figure before it. */
  get bare(): boolean {
    // "from £708m to £2.6bn": the figure after "to" is the new value, not a restatement.
    return (this.#bare ??= !/\bto\s*$/i.test(this.before) && (this.before.trim() === "" || this.before.trim().split(/\s+/).length <= 3));
  }
}

// A company's own measures: what analysts expect of them is their estimate, even where no company is named in the sentence
// ("Wall Street expects adjusted earnings of $1.42 a share on revenue of $3.9 billion, according to LSEG").
const COMPANY_MEASURE_RE = /\b(?:a share|per share|EPS|earnings|revenues?|sales|net income|(?:operating |net |pre-?tax )?profit|EBITDA|EBIT|margins?|bookings|ARR|same-store|like-for-like|comparable)\b/i;

/** Others' view of a figure: economists' (or anyone's of the economy) is a forecast, analysts' of a company's measure an estimate. */
function othersView(s: BasisScope): Basis {
  if (MACRO_WORDS_RE.test(s.whole)) return "forecast";
  if (s.subject !== null) return "estimate";
  return COMPANY_MEASURE_RE.test(s.whole) && !/\beconomists?\b/i.test(s.whole) ? "estimate" : "forecast";
}

/** The company's own outlook, or a forecaster's when the figure is about no company. */
const outlook = (s: BasisScope): Basis => (s.subject === null ? "forecast" : "guidance");
const metricNamedWithin = (s: BasisScope, span: Span, name: string) => within(s.ctx.cues.metrics, span).some((h) => h.name === name);

export interface BasisRule {
  name: string;
  /** A sentence the rule decides, the figure in it, and the basis it gives. */
  example: { text: string; figure: string; basis: Basis };
  decide: (s: BasisScope) => Basis | null;
}

// "13.1 per cent. to the Closing Price of ", "7.8% over the volume weighted average price of ": a listed premium's base price.
const PERCENT_TO_PRICE_BEFORE_RE = /(?:%|\bper\s?cent|\bpercent)\.?\s+(?:to|over)\s+(?:the\s+)?[^;%]{0,80}?\b(?:price|close)\s+(?:of\s+|on\s+[\w.]+(?:\s+[\w.]+){0,2}\s+of\s+)$/i;
// "is to undertake a ", "are to sell ": a plan the company announced (the verb governs the figure's phrase).
const PLAN_BEFORE_RE = /\b(?:is|are)\s+to\s+(?:undertake|launch|buy|sell|pay|raise|cut|return|spend|invest|issue|acquire|offer|make|shed|axe|book|take|seek|tap|inject)\b[^.;]{0,40}$/i;
// "... dividend Telstra intends to pay", "... which it plans to spend": the plan written after the figure, in its own clause.
const PLAN_AFTER_RE = /^[^.;,]{0,60}?\b(?:intends?|plans?|proposes?)\s+to\s+(?:pay|return|spend|raise|invest|distribute)\b/i;

// "revenue potential of ", "potential worth ", "development potential of 7.5 lakh square feet (", "square feet potential (".
const POTENTIAL_BEFORE_RE = /(?<!\b(?:upside|downside)\s)\bpotential\s+(?:(?:of|at|worth)\s+(?:(?:about|around|over|nearly|more than)\s+)?(?:[\d.,]+\s+(?:lakh|million|crore|thousand)?\s*(?:square\s+(?:feet|foot|metres|meters)|sq\.?\s*ft)\s*\(\s*)?)?$|\bpotential\s*\(\s*$/i;

export const BASIS_RULES: BasisRule[] = [
  {
    name: "probability",
    example: { text: "Traders see roughly a 25% chance that the Fed raises rates again this year.", figure: "25%", basis: "forecast" },
    decide: (s) => (s.ctx.unit === "%" && /^\s+(?:chance|probability|likelihood|odds)\b/i.test(s.after) ? "forecast" : null),
  },
  {
    name: "premium base price",
    example: { text: "The offer is a 31% premium to Corvane's closing price of $37.02 on Friday.", figure: "$37.02", basis: "prior" },
    // The day may be a date: "at a 53.5% premium to its share price on Jan 13 of 78.5p", "... price on 13 January of".
    // Takeover announcements list the premiums under a lead ("represents a premium of approximately:" then "13.1 per cent. to
    // the Closing Price of 1,370 pence"): the price a listed percentage is measured to is the base too.
    decide: (s) =>
      /\b(?:premium|discount)\b[^.;]{0,80}\b(?:price|close)\s+(?:of\s+|on\s+[\w.]+(?:\s+[\w.]+){0,2}\s+of\s+)?$/i.test(s.sentenceBefore) ||
      (PERCENT_TO_PRICE_BEFORE_RE.test(s.sentenceBefore) && /\b(?:premium|discount)\b/i.test(s.text.slice(Math.max(0, s.figure[0] - 600), s.figure[0])))
        ? "prior"
        : null,
  },
  {
    name: "price an offer is measured from",
    example: { text: "Based on Vanterra's closing price of €21.36 on Friday, the offer values each share at 566 pence.", figure: "€21.36", basis: "prior" },
    // "60 per cent above the three-month average price of 353.8p".
    decide: (s) => (/\bprice\s+(?:of\s+|on \w+ of\s+)$/i.test(s.before) && /\b(?:based on|above|below)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:closing|close|share|undisturbed|average|last|reference)\s+)*price\s+(?:of\s+|on \w+ of\s+)$/i.test(s.sentenceBefore.slice(-100)) ? "prior" : null),
  },
  {
    name: "bracketed earlier figure",
    example: { text: "Operating profit amounted to SEK 782 (516) million.", figure: "516", basis: "prior" },
    // Nordic interim reports and broker-rating wires write the earlier period's figure, or the old target, in brackets
    // right after the new one: "SEK 9,673 (9,494) million", "raises price target to 225 (210) pence".
    decide: (s) => (s.text[s.figure[1]] === ")" && /\d\s?\(-?$/.test(s.text.slice(Math.max(0, s.figure[0] - 4), s.figure[0])) ? "prior" : null),
  },
  {
    name: "old price target",
    example: { text: "Barclays raised its price target on Harbridge to $72 from $65.", figure: "$65", basis: "prior" },
    decide: (s) => (/\bfrom\s+(?:(?:about|around)\s+)?$/i.test(s.segBefore) && metricNamedWithin(s, [s.sentence[0], s.figure[0]], "price target") ? "prior" : null),
  },
  {
    name: "price target",
    example: { text: "Jefferies set a price target of $140 on the stock.", figure: "$140", basis: "estimate" },
    // ("keeping a hold rating and a $64 price target": the words may follow the amount.)
    // ("cut Brackley to underperform with a 95p target": a rating's bare target after the amount.)
    // ("cutting its target to 3,100p from 3,500p; the shares fell 1.1%": a later clause's share move is no target.)
    // ("cut their target, saying the cloud unit could be worth $90 billion": the analyst's view in a clause of its own; see "analyst saying".)
    decide: (s) => ((metricNamedWithin(s, [Math.max(s.sentence[0], s.figure[0] - 60), s.figure[0]], "price target") && !SHARES_MOVED_BEFORE_RE.test(s.sentenceBefore.slice(-60)) && !ATTRIBUTING_PARTICIPLE_RE.test(s.before)) || /^\s+(?:price target|target price)\b/i.test(s.after) || (/^\s+target\b/i.test(s.after) && metricNamedWithin(s, [s.figure[1], Math.min(s.sentence[1], s.figure[1] + 12)], "price target")) ? "estimate" : null),
  },
  {
    name: "median forecast",
    example: { text: "Consumer prices rose 0.3%, against a median forecast of 0.4%.", figure: "0.4%", basis: "forecast" },
    // A median of analysts' numbers is their estimate; of economists' (or nobody named), a forecast.
    decide: (s) => {
      const median = /\b(?:median|average|mean)\b/i.test(s.sentenceBefore) ? MEDIAN_FORECAST_BEFORE_RE.exec(s.sentenceBefore.slice(-120)) : null;
      if (!median) return null;
      // "operating profit was 1.71 trln yen, compared with a mean estimate of 1.52 trln yen": a company's, so analysts'.
      return /\banalysts?\b|\bthe Street\b|\bWall Street\b/i.test(s.whole) || (s.subject !== null && /\bestimate/i.test(median[0])) ? "estimate" : "forecast";
    },
  },
  {
    name: "earlier estimate as base",
    example: { text: "Spending is now seen at $610 billion, up from $520 billion forecast three months ago.", figure: "$520 billion", basis: "prior" },
    decide: (s) => (PRIOR_BEFORE_RE.test(s.segBefore) && /^\s+(?:[\w-]+\s+){0,4}?(?:ago|earlier|previously)\b/i.test(s.after) ? "prior" : null),
  },
  {
    name: "named level as base",
    example: { text: "The shares have rebounded from their 52-week low of $12.40.", figure: "$12.40", basis: "prior" },
    decide: (s) => {
      // Cheap tail check first: the pattern ends in "of".
      const level = /\bof\s+(?:(?:about|around|nearly|roughly|approximately)\s+)?$/i.test(s.segBefore.slice(-24)) ? PRIOR_LEVEL_BEFORE_RE.exec(s.segBefore) : null;
      // "compared with analysts' estimates of $1.10" is the estimate, not a base.
      // ("compared with a forecast of 0.3%" is others' forecast: see "compared with estimates".)
      const othersForecast = level !== null && /\bforecasts?\b/i.test(level[0]) && !/\b(?:from|its|their|own|previous|prior|earlier|original)\b/i.test(level[0]);
      // ("compared with expectations for a draw of 1.2 million barrels" is the estimate.)
      return level && !ESTIMATOR_RE.test(level[0]) && !/\bexpectations?\b/i.test(level[0]) && !othersForecast ? "prior" : null;
    },
  },
  {
    name: "earlier outlook",
    example: { text: "The bank now sees net interest income down 7% to 8%, worse than its earlier outlook of a decline of 5% to 7%.", figure: "5% to 7%", basis: "prior" },
    // "down from a previous outlook of", "Its prior buyback target was up to $15 billion": the outlook it replaced.
    // ("below its July outlook of 6% to 8%": the outlook named by when it was given.)
    decide: (s) => (/\b(?:earlier|previous|prior|original|old|initial|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|first-half|half-year|interim)\b/i.test(s.segBefore) && EARLIER_OUTLOOK_BEFORE_RE.test(s.segBefore) ? "prior" : null),
  },
  {
    name: "marketed range",
    example: { text: "Lumora sold its shares at $34, above the range of $30 to $32 it set last week.", figure: "$30 to $32", basis: "prior" },
    decide: (s) => (s.ctx.isRange && (RANGE_BASE_BEFORE_RE.test(s.before) || RANGE_BASE_AFTER_RE.test(s.after) || RANGE_MARKETED_BEFORE_RE.test(s.before)) ? "prior" : null),
  },
  {
    name: "when it was",
    example: { text: "Revenue has doubled to $75.8 billion since 2022, when revenue was $37.9 billion.", figure: "$37.9 billion", basis: "prior" },
    decide: (s) => (WHEN_WAS_RE.test(s.before) && s.previous !== null ? "prior" : null),
  },
  {
    name: "forecast by economists",
    example: { text: "Factory-gate prices fell 2.5%, a steeper decline than the 2.3% fall forecast by economists in a Reuters poll.", figure: "2.3%", basis: "forecast" },
    // ("core inflation was seen at 2.9% by economists": the poll named after the figure.)
    // ("the €2.74 billion analysts had expected in a poll", "the 1.71 billion crowns forecast in a poll of analysts": a poll of
    // analysts is their estimate.)
    decide: (s) => (ECONOMISTS_AFTER_RE.test(s.after) || (/\b(?:seen|put|pegged|estimated)\s+at\s+$/i.test(s.before) && /^\s+by\s+(?:[\w-]+\s+){0,2}?(?:economists|forecasters)\b/i.test(s.after)) ? (/^(?:(?!economists)[^.;]){0,60}\banalysts\b/i.test(s.after) ? "estimate" : "forecast") : null),
  },
  {
    name: "others' forecast missed or beaten",
    example: { text: "Same-store sales at Dunwell (DNW) fell 1.6%, missing the forecast for 0.6% growth.", figure: "0.6%", basis: "estimate" },
    // "missing the forecast for 0.6% growth", "beating estimates of $1.10": the forecast a result is set against is others'.
    // ("exceeded Wall Street's forecast for income of $3.8 billion": the estimators' possessive, the measure after "for".)
    decide: (s) => (/\b(?:missing|missed|misses|beating|beat|beats|topping|topped|exceeding|exceeded|short of|ahead of)\s+(?:(?:the|a|analysts['’]?|Wall Street['’]s|the Street['’]s)\s+)?(?:[\w-]+\s+)?(?:forecasts?|estimates?|expectations?|consensus)\s+(?:for\s+(?:an?\s+)?(?:(?:[\w-]+\s+){1,3}of\s+)?|of\s+(?:an?\s+)?)$/i.test(s.before) ? (othersView(s)) : null),
  },
  {
    name: "expected right after",
    example: { text: "Earnings per share: $1.23 vs. $1.10 expected", figure: "$1.10", basis: "estimate" },
    decide: (s) => (ESTIMATE_AFTER_RE.test(s.after) ? "estimate" : null),
  },
  {
    name: "better or worse than expected",
    example: { text: "Retail sales posted a stronger-than-expected 1.4% rise in March.", figure: "1.4%", basis: "reported" },
    // "a higher-than-expected 3.2 percent", "a weaker-than-forecast 0.2% gain", "a better than expected underlying profit of
    // $91 million" (AFR, wires): the result, set against what was expected.
    decide: (s) => (s.before.includes("than") && THAN_EXPECTED_BEFORE_RE.test(s.before.slice(-60)) ? "reported" : null),
  },
  {
    name: "result set against the expected",
    example: { text: "Revenue: $4.12 billion vs. $4.05 billion expected by analysts", figure: "$4.12 billion", basis: "reported" },
    // "EPS: 10 cents vs. 6 cents expected", "$1.21 per share, adjusted, vs. 88 cents as expected by analysts": in a results
    // line the figure before "vs." is the result, the one after it what was expected (US results wires and TV sites).
    decide: (s) => (/^[^;]{0,40}?\b(?:vs|versus)\b/i.test(s.text.slice(s.figure[1], s.figure[1] + 48)) && RESULT_VS_EXPECTED_AFTER_RE.test(s.text.slice(s.figure[1], Math.min(s.sentence[1], s.figure[1] + 120))) ? "reported" : null),
  },
  {
    name: "analysts counted",
    example: { text: "The stock is covered by 30 analysts.", figure: "30", basis: "reported" },
    // "30 analysts" counts the analysts: a reported figure, not their estimate.
    decide: (s) => (s.ctx.unit === "count" && /^\s+(?:(?!that\b|which\b|who\b)\w+\s+){0,2}analysts\b/i.test(s.after) ? "reported" : null),
  },
  {
    name: "more than it committed",
    example: { text: "Alibaba Group Holding Ltd. (BABA) said it would spend more on AI than the 380 billion yuan it had already committed.", figure: "380 billion yuan", basis: "guidance" },
    // The base is itself an outlook: an amount committed, budgeted or set aside earlier.
    decide: (s) => (comparedWith(s) && COMMITTED_AFTER_RE.test(s.after) ? outlook(s) : null),
  },
  {
    name: "wire's versus estimate",
    example: { text: "Third-quarter revenue $538.4 mln vs est $533.5 mln", figure: "$533.5 mln", basis: "estimate" },
    // Reuters' summary bullets and briefs: "vs est $0.16", "vs. I/B/E/S view $0.16", "vs consensus of $1.02".
    decide: (s) => (/\b(?:vs\.?|versus)\s+(?:(?:the\s+)?(?:est\.?|estimates?|consensus|(?:I\/B\/E\/S|IBES|LSEG|Refinitiv|FactSet|analysts['’]?)\s+(?:view|estimate|consensus|forecast)s?)|expectations?)\s+(?:of\s+)?$/i.test(s.segBefore) ? "estimate" : null),
  },
  {
    name: "versus estimates",
    example: { text: "Revenue was $9.3 billion versus $9.1 billion, the LSEG consensus.", figure: "$9.1 billion", basis: "estimate" },
    decide: (s) =>
      // ("against 8.2p last year" is the base, whatever the sentence says of expectations.)
      comparedWith(s) && /\b(?:vs\.?|versus|against)\s*$/i.test(s.segBefore) && ESTIMATE_RE.test(s.whole) && !PRIOR_WORDS_RE.test(s.after) && !/^\s+(?:in\s+)?(?:last|the previous|the prior) (?:year|quarter|half|month)\b/i.test(s.after) ? "estimate" : null,
  },
  {
    name: "estimators' view as base",
    example: { text: "Brenton Foods (BRF) said revenue rose to $4.2 billion, compared with the Street's view of $4.1 billion.", figure: "$4.1 billion", basis: "estimate" },
    // "compared with the Street's view of", "ahead of the consensus forecast of", "short of analysts' estimate of":
    // what the market expected, named before the amount (US and UK results wires).
    decide: (s) =>
      /\b(?:compared (?:with|to)|versus|vs\.?|against|ahead of|above|below|short of|beating|topping|missing|than)\s+(?:the\s+)?(?:(?:Wall\s+)?Street|market|analysts?|consensus)(?:['’]s?)?\s+(?:(?:average|mean|median|consensus)\s+)?(?:view|estimates?|forecasts?|expectations?|projections?)\s+(?:of|for)\s+(?:(?:about|around|roughly)\s+)?$/i.test(s.before)
        ? othersView(s)
        : null,
  },
  {
    name: "compared with estimates",
    example: { text: "Revenue was $9.3 billion, compared with estimates of $9.1 billion.", figure: "$9.1 billion", basis: "estimate" },
    decide: (s) => {
      if (!comparedWith(s)) return null;
      // "compared with estimates of $1.25": others' current estimates, not an earlier figure.
      const base = PRIOR_BEFORE_RE.exec(s.segBefore)![0];
      if (/\b(?:previous|prior|earlier|last|its|their|own|year-ago)\b/i.test(base) || PRIOR_WORDS_RE.test(s.after)) return null;
      if (/\b(?:estimates?|expectations?|consensus|projections?)\b/i.test(base)) return "estimate";
      // "compared with the 117.3 billion yen average estimate of seven analysts": the estimate named after the amount.
      if (/^\s+(?:(?:average|mean|median|consensus|analysts['’]?)\s+)*(?:estimates?|forecasts?)\b/i.test(s.after)) return othersView(s);
      // "Prices rose 0.1% on the month, against forecasts of a 0.4% increase": economists' for the economy, analysts' for a company.
      if (/\bforecasts?\b/i.test(base)) return othersView(s);
      return null;
    },
  },
  {
    name: "compared with another's move",
    example: { text: "Karoo shares have gained 18% this year, compared with a 6.2% rise in the general retailers index.", figure: "6.2%", basis: "reported" },
    // The same period's move of an index or a rival is a result too, not an earlier level.
    decide: (s) => (comparedWith(s) && /^\s+(?:gain|rise|fall|drop|decline|loss|increase|advance|jump|slide|move)\s+(?:in|for|on|by|at)\b/i.test(s.after) ? "reported" : null),
  },
  {
    name: "earlier result as base",
    example: { text: "Unilever's sales growth should slow to 3.4%, slower than the 4.1% it managed in the second quarter.", figure: "4.1%", basis: "prior" },
    decide: (s) => (EARLIER_RESULT_AFTER_RE.test(s.after) && /\b(?:than|from|to|with)\s+(?:the\s+)?$/i.test(s.segBefore.slice(-12)) ? "prior" : null),
  },
  {
    name: "comparison base",
    example: { text: "Operating profit came to £91m, compared with £85m in the previous year.", figure: "£85m", basis: "prior" },
    decide: (s) => (comparedWith(s) ? "prior" : null),
  },
  {
    name: "bracketed earlier period",
    example: { text: "Operating profit up 12% to £410m (H1 2024: £366m)", figure: "£366m", basis: "prior" },
    // "(H1 2016: £777m)", "(2019: 8.20 pence)", "(FY24: $1.2bn)", "(prior year: 4.1%)": UK and Australian results
    // highlights write the comparison period's figure in brackets after the new one.
    decide: (s) => (/:\s*$/.test(s.text.slice(Math.max(0, s.figure[0] - 3), s.figure[0])) && BRACKETED_PERIOD_BEFORE_RE.test(s.sentenceBefore.slice(-32)) ? "prior" : null),
  },
  {
    name: "a year earlier",
    example: { text: "The bank earned $2.1 billion in the quarter and $1.8 billion a year earlier.", figure: "$1.8 billion", basis: "prior" },
    // "... to a decline of 2% to 3%, from flat to down 1% previously".
    // "while the figure for the quarter before was $3.9 billion".
    decide: (s) =>
      PRIOR_AFTER_RE.test(s.after) || /^\s+previously\s*(?:[.,;)]|$)/i.test(s.after) || /\b(?<!\byear )(?:previous|prior|earlier)\s+(?!to\b)(?:\w+\s+){0,2}$/i.test(s.before) && !/\b(?:year|quarter|period)\s+at\s+$/i.test(s.before) || /\b(?:for|in) the (?:quarter|year|period|month|half) (?:before|earlier)\s+(?:was|were|stood at|came to|of)\s+(?:(?:about|around|roughly)\s+)?$/i.test(s.before)
        ? "prior"
        : null,
  },
  {
    name: "opens with a year earlier",
    example: { text: "A year earlier the company earned CNY7.43 per ADS on the same basis.", figure: "CNY7.43", basis: "prior" },
    // (Past an aside, the sentence's first figure: "During the same quarter last year, EPS were about half, at $3.51".)
    decide: (s) => ((s.ctx.segmentIndex <= 1 || !s.ctx.sentenceFigures.some((f) => f[1] <= s.figure[0])) && OPENS_WITH_EARLIER_RE.test(s.whole) && s.ctx.segments[0]![0] === s.sentence[0] ? "prior" : null),
  },
  {
    name: "above the average",
    example: { text: "About 11.4 billion shares changed hands, above the 10.2 billion average over the past 20 sessions.", figure: "10.2 billion", basis: "prior" },
    // "above the 3.41 trln yen average of 21 analysts polled by LSEG" is their estimate (see "estimate words").
    // ("below the average of 2.53 over the previous six auctions": the average named before the figure.)
    decide: (s) =>
      (/\b(?:above|below)\s+(?:the|its)\s+$/i.test(s.before) && /^\s+(?:[\w-]+\s+){0,2}?(?:average|norm)\b/i.test(s.after) && !ESTIMATOR_RE.test(s.after)) ||
      (/\b(?:above|below|than|versus|with)\s+(?:the|its|an)\s+(?:[\w-]+\s+)?average\s+(?:of\s+)$/i.test(s.before) && /^\s+(?:over|across|for|in)\s+(?:the\s+)?(?:previous|prior|past|last|preceding)\b/i.test(s.after))
        ? "prior"
        : null,
  },
  {
    name: "listed with the figure before",
    example: { text: "The board rejected two earlier approaches at 480p and 525p.", figure: "525p", basis: "prior" },
    decide: (s) => (s.previous !== null && s.ctx.sentenceFigures.some((f) => f[1] <= s.figure[0] && /^\s+(?:and|or)\s+$/.test(s.text.slice(f[1], s.figure[0]))) ? s.previous : null),
  },
  {
    name: "economists expect",
    example: { text: "Economists polled by Reuters expect the central bank to keep its cash rate at 4.35% next week.", figure: "4.35%", basis: "forecast" },
    // ("inflation, which eased to 3.4% in October": a move stated in the figure's own clause is a result.)
    decide: (s) =>
      /economist|poll|forecaster|strategist/i.test(s.sentenceBefore) && ECONOMISTS_EXPECT_RE.test(s.sentenceBefore) && !(/^\W*(?:which|that)\b/i.test(s.before) && MOVE_BEFORE_RE.test(s.before) && !OUTLOOK_WORDS_RE.test(s.before))
        ? "forecast"
        : null,
  },
  {
    name: "would have been",
    example: { text: "Excluding those businesses, revenue would have grown 10%.", figure: "10%", basis: "reported" },
    // A result restated on another basis, not an outlook.
    decide: (s) => (/\bwould have (?:been|grown|risen|fallen|increased|decreased|declined|climbed|dropped|gained|totalled|totaled)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|roughly)\s+)?$/i.test(s.before) ? "reported" : null),
  },
  {
    name: "chance priced in",
    example: { text: "Money markets now see a 92% chance of a quarter-point cut by the ECB, taking its deposit rate to 2.75%.", figure: "2.75%", basis: "forecast" },
    // What traders' odds price in ("a 70% chance that the Bank cuts by a quarter point to 3.75%") is the market's forecast.
    decide: (s) => {
      const chance = CHANCE_OF_RE.exec(s.sentenceBefore);
      return chance && s.sentence[0] + chance.index + chance[0].length <= s.figure[0] && !/\b(?:up|down)?\s*from\s+$/i.test(s.segBefore) ? "forecast" : null;
    },
  },
  {
    name: "buyback of up to",
    example: { text: "Harbridge Foods (HBF) said its board authorized a new share repurchase program of up to $1 billion.", figure: "$1 billion", basis: "guidance" },
    // An authorised buyback is what the company may spend, not what it has spent.
    decide: (s) => (UP_TO_BEFORE_RE.test(s.before) && BUYBACK_PLAN_RE.test(s.sentenceBefore) && BUYBACK_START_RE.test(s.sentenceBefore) ? outlook(s) : null),
  },
  {
    name: "movers list",
    example: { text: "Casey's General Stores (CASY) — Up 4.1% after the chain earned $5.77 a share, well above the $5.03 consensus estimate.", figure: "4.1%", basis: "reported" },
    // "Name (TICKER) — Up 4.1% after ...": a list item's opening move is the stock's, stated outright.
    // The lead ends before the figure's clause, or opens it (list items are their own clauses).
    decide: (s) => {
      const lead = s.text.slice(s.sentence[0], s.ctx.segment[0]);
      const inClause = /[—–]\s*(.*)$/s.exec(s.before);
      if (/[—–]\s*$/.test(lead) && LIST_MOVE_BEFORE_RE.test(s.before)) return "reported";
      return inClause && LIST_MOVE_BEFORE_RE.test(inClause[1]!) ? "reported" : null;
    },
  },
  {
    name: "a rating agency's or forecaster's view",
    example: { text: "Moody's cut Norcastle Industries (NYSE: NCI) to Ba1 and expects its leverage to rise to 4.8 times next year.", figure: "4.8 times", basis: "forecast" },
    // "Moody's expects", "the IEA now sees", "S&P Global projects": what a rating agency, research firm or public
    // body expects of a company or a market is its forecast, not the company's guidance (rating actions, oil reports).
    decide: (s) => (s.subject !== null && FORECASTER_VIEW_RE.test(s.sentenceBefore) && !COMPANY_OWN_VIEW_RE.test(s.ownBefore) ? "forecast" : null),
  },
  {
    name: "a move in an earlier period",
    example: { text: "The price index rose 0.3% in October after a 0.2% gain in September.", figure: "0.2%", basis: "prior" },
    // "after a 0.2% gain in September", "after growth of 3.9% in the second quarter": the earlier period's move a new one follows
    // (economic releases, retailers' quarterly sales).
    // ("The chain had grown 1.8 per cent on the same measure in the first half": the pluperfect marks the earlier period too.)
    decide: (s) => ((s.previous !== null && AFTER_MOVE_BEFORE_RE.test(s.before) && EARLIER_PERIOD_AFTER_RE.test(s.after)) || (HAD_MOVED_BEFORE_RE.test(s.before) && EARLIER_PERIOD_LATER_RE.test(s.after)) ? "prior" : null),
  },
  {
    name: "revised earlier reading",
    example: { text: "September's figure was revised down to 1.345 million units.", figure: "1.345 million", basis: "prior" },
    // "July's starts were revised down to show a 883,000-unit pace": the earlier month's figure, now revised (US and Canadian data releases).
    decide: (s) => (REVISED_EARLIER_BEFORE_RE.test(s.sentenceBefore) ? "prior" : null),
  },
  {
    name: "authorised buyback",
    example: { text: "Corvid Systems (NYSE: CRVD) also authorized a new $1.5 billion share buyback.", figure: "$1.5 billion", basis: "guidance" },
    // "announced a new $5 billion buyback": the amount of a programme it may spend, not spending done.
    decide: (s) => (/^\s+(?:share\s+|stock\s+)?(?:buy-?back|repurchase)/i.test(s.after) && BUYBACK_START_RE.test(s.before) ? outlook(s) : null),
  },
  {
    name: "buyback topped up",
    example: { text: "Larkspur Hotels (LKSP) also added $750 million to its share repurchase program.", figure: "$750 million", basis: "guidance" },
    // "added $750 million to its buyback", "increased its repurchase authorization by $2 billion": more room to
    // buy back, not shares bought (US results releases and their wires).
    decide: (s) =>
      (/\b(?:add(?:ed|s|ing)?|adds)\s+(?:(?:another|a further|an additional|about|roughly)\s+)?$/i.test(s.before) && /^\s+(?:more\s+)?to\s+(?:its|the|their)\s+(?:existing\s+|current\s+)?(?:share\s+|stock\s+)?(?:buy-?back|repurchase)/i.test(s.after)) ||
      (/\b(?:increas\w*|rais\w*|expand\w*|boost\w*|lift\w*)\s+(?:its|the|their)\s+(?:share\s+|stock\s+)?(?:buy-?back|repurchase)\s+(?:program(?:me)?|plan|authori[sz]ation)?\s*(?:by|to)\s+$/i.test(s.before))
        ? outlook(s)
        : null,
  },
  {
    name: "a plan announced",
    example: { text: "Kestrel Telecom is to undertake a A$500 million off-market share buy-back.", figure: "A$500 million", basis: "guidance" },
    // British and Australian copy: "Telstra is to undertake a A$750 million buy-back", "BP is to sell $5bn of assets"; and a
    // payout or spend the company "intends to pay" or "plans to spend" after the figure ("a 6c a share special dividend
    // Telstra intends to pay"): a plan is its maker's commitment, whoever the sentence is found to be about.
    decide: (s) => (PLAN_BEFORE_RE.test(s.ownBefore) || PLAN_AFTER_RE.test(s.text.slice(s.figure[1], s.localEnd)) ? "guidance" : null),
  },
  {
    name: "declared payout",
    example: { text: "The lender said it will now pay a quarterly dividend of $1.12 a share.", figure: "$1.12", basis: "reported" },
    // "will now pay a quarterly dividend of", "will pay a fully franked final dividend of 4c" (Canadian Press,
    // AFR, dividend notices): the board has declared it; what it "would" pay, or "plans" to, stays an outlook.
    decide: (s) => (DECLARED_PAYOUT_BEFORE_RE.test(s.before) ? "reported" : null),
  },
  {
    name: "planned payout",
    example: { text: "Rheinwerk Chemie (ETR: RWC) also halved its planned dividend to €1.10 a share.", figure: "€1.10", basis: "guidance" },
    // "its planned dividend", "a proposed final dividend of 12p": a payout the board has yet to make.
    decide: (s) => (/\b(?:planned|proposed|recommended)\s+(?:(?:final|interim|special|annual)\s+)?(?:dividend|payout)\s+(?:(?:of|to|at)\s+)?(?:(?:about|around)\s+)?$/i.test(s.before) ? outlook(s) : null),
  },
  {
    name: "a potential",
    example: { text: "Harwick Developers launched two projects with a combined revenue potential of Rs 1,150 crore.", figure: "Rs 1,150 crore", basis: "guidance" },
    // Indian property and project announcements: "a combined revenue potential of Rs 1,300 crore", "a development potential of
    // 7.5 lakh square feet (Rs 400 crore revenue)", "a 9 lakh square feet potential (Rs 700 crore revenue)": money a project
    // may bring in is its developer's outlook, whether or not the sentence names the company (not an analyst's "upside potential").
    decide: (s) => (isCurrencyUnit(s.ctx.unit) && POTENTIAL_BEFORE_RE.test(s.sentenceBefore.slice(-90)) ? "guidance" : null),
  },
  {
    name: "move stated outright",
    example: { text: "Westbrook Bancorp plunged 27% after it said deposits fell 9% in the quarter and it would raise $400 million.", figure: "9%", basis: "reported" },
    decide: (s) => (MOVE_BEFORE_RE.test(s.before.slice(-70)) && !OUTLOOK_WORDS_RE.test(s.before) ? "reported" : null),
  },
  {
    name: "deal terms",
    example: { text: "Halvorsen would owe Corvane a termination fee of $370 million.", figure: "$370 million", basis: "reported" },
    decide: (s) => (DEAL_TERMS_RE.test(s.local) && DEAL_WORDS_RE.test(s.whole) ? "reported" : null),
  },
  {
    name: "deal's pro-forma terms",
    example: { text: "When the deal completes, Tarrant Homes (LON: TRH) investors will own about 64 per cent of the enlarged group.", figure: "64 per cent", basis: "reported" },
    decide: (s) => (/\b(?:will|would)\b/i.test(s.sentenceBefore) && PRO_FORMA_RE.test(s.whole) && !PRO_FORMA_NOT_RE.test(s.whole) ? "reported" : null),
  },
  {
    name: "analyst estimating",
    example: { text: "An analyst at Hanwa Securities said profit could top 9 trillion won, estimating the figure at 9.2 trillion won.", figure: "9.2 trillion won", basis: "estimate" },
    // "an analyst at Hana Financial Investment said ..., estimating the figure at 10.15 trillion won" (Yonhap, Korean and wire
    // previews): the participle is the analyst's own estimate.
    decide: (s) => (/^\s*(?:estimating|forecasting|predicting|projecting|pegging|putting)\b/i.test(s.before) && ESTIMATOR_RE.test(s.text.slice(s.sentence[0], s.ctx.segment[0])) ? othersView(s) : null),
  },
  {
    name: "analyst saying",
    example: { text: "Analysts at Bernstein cut their target, saying the cloud unit could be worth $90 billion.", figure: "$90 billion", basis: "estimate" },
    decide: (s) =>
      ATTRIBUTING_PARTICIPLE_RE.test(s.before) && PROJECTION_RE.test(s.local) && ESTIMATOR_RE.test(s.text.slice(s.sentence[0], s.ctx.segment[0])) ? "estimate" : null,
  },
  {
    name: "expected to report",
    example: { text: "The chipmaker is expected to say that quarterly revenue rose 4% to $8.2 billion, while profit slipped.", figure: "$8.2 billion", basis: "estimate" },
    // Earnings previews (Benzinga, Zacks, wires): "Acme is expected to report earnings of $1.05", "the tech giant is expected to
    // say EPS slipped 8% to $7.93, while revenue rose 3% to $36.8 billion": others' estimate of the coming result, to the end of
    // the sentence, whoever the subject resolves to ("Acme, which is expected to report on Monday, rose 2%" is no preview).
    decide: (s) => (EXPECTED_TO_REPORT_RE.test(s.sentenceBefore) && COMPANY_MEASURE_RE.test(s.whole) ? "estimate" : null),
  },
  {
    name: "the forecast opens a preview line",
    example: { text: "The consensus forecast calls for EPS up 12 percent year-over-year to $1.64 and revenue of $3.1 billion.", figure: "$1.64", basis: "estimate" },
    // Earnings previews (Benzinga): "The consensus forecast calls for EPS up about 9 percent to $0.88", "The full-year
    // forecast for the chipmaker has EPS 4 percent lower at $12.10": a forecast nobody owns, of a company's measure, is the
    // analysts' (a company's own is "its forecast", "Acme's forecast").
    decide: (s) => (PREVIEW_FORECAST_OPENS_RE.test(s.sentenceBefore) && COMPANY_MEASURE_RE.test(s.whole) ? "estimate" : null),
  },
  {
    name: "projected at",
    example: { text: "Kanemori Trading (TYO: 8077) said net profit for the year is now projected at 640 billion yen, against an earlier forecast of 590 billion yen.", figure: "640 billion yen", basis: "guidance" },
    // Japanese results (Kyodo, Reuters, CNA): "Net profit for the year to March is now projected at 800 billion yen": a passive
    // projection with nobody named is the company's own (a forecaster's when about no company); analysts' when they are named.
    decide: (s) => (PROJECTED_AT_BEFORE_RE.test(s.before) ? (ESTIMATOR_RE.test(s.whole) ? othersView(s) : outlook(s)) : null),
  },
  {
    name: "expected by nobody named",
    example: { text: "Global chip sales are expected to reach $700 billion in 2026.", figure: "$700 billion", basis: "forecast" },
    // "Acme is expected to report $1.05" is others' estimate of a company's coming result.
    decide: (s) =>
      FORWARD_EXPECTED_RE.test(s.local) && !ESTIMATOR_RE.test(s.whole) && !RESULT_RE.test(s.before) && (s.subject === null || !PASSIVE_EXPECTED_RE.test(s.local))
        ? outlook(s)
        : null,
  },
  {
    name: "beat expectations",
    example: { text: "Harbridge Foods (HBF) said revenue of $5.2 billion topped expectations.", figure: "$5.2 billion", basis: "reported" },
    decide: (s) => (BEAT_AFTER_RE.test(s.after) ? "reported" : null),
  },
  {
    name: "own earlier forecast",
    example: { text: "Voltra Motors (VLT) delivered 7,785 cars, slightly fewer than the 7,800 it had forecast for the quarter.", figure: "7,800", basis: "prior" },
    // "It previously forecast 90 cents to $1", "had projected $13 billion in capex": a company's outlook before it changed.
    decide: (s) =>
      s.subject !== null && !ESTIMATOR_RE.test(s.sentenceBefore) && (OWN_EARLIER_FORECAST_AFTER_RE.test(s.after) || OWN_EARLIER_FORECAST_BEFORE_RE.test(s.before)) ? "prior" : null,
  },
  {
    name: "an analyst's own view",
    example: { text: "A Canaccord analyst cut his target on the stock.\n\nHe now sees full-year costs of A$2,580 an ounce.", figure: "A$2,580", basis: "estimate" },
    // "said an analyst at Canaccord ... He now sees", "said one economist ... She expects": the person quoted before, not the company.
    decide: (s) => {
      if (!PERSON_OUTLOOK_RE.test(s.sentenceBefore)) return null;
      const earlier = s.text.slice(Math.max(0, s.sentence[0] - 400), s.sentence[0]);
      // ("Policymakers' median projection ... They now see the economy growing 1.8%": a central bank's own projections.)
      if (/^They\b/.test(s.sentenceBefore) && s.subject === null && /\b(?:policymakers|officials|the committee|central bankers|forecasters)\b/i.test(earlier)) return "forecast";
      return /\b(?:analysts?|economists?|strategists?)\b/i.test(earlier) ? (s.subject === null || /\beconomists?\b/i.test(earlier) ? "forecast" : "estimate") : null;
    },
  },
  {
    name: "broker's revised forecast",
    example: { text: "Peel Hunt cut its pre-tax profit forecast to £91m from £104m.", figure: "£91m", basis: "estimate" },
    // A broker that raises or cuts its own forecast gives its estimate, not the company's guidance.
    decide: (s) => (/\b(?:forecast|estimate|projection)s?\b/i.test(s.sentenceBefore) && BROKER_REVISED_RE.test(s.sentenceBefore) ? "estimate" : null),
  },
  {
    name: "broker's outlook",
    example: { text: "Across the Atlantic, Jefferies now sees Nike (NYSE: NKE) earning 54 cents a share in its fiscal second quarter.", figure: "54 cents", basis: "estimate" },
    // A broker that "sees" or "expects" a company's figure gives its estimate, not the company's guidance.
    // ("EFG Hermes had forecast a net profit of 8.3 million dinars": Gulf results wires.)
    decide: (s) => (/\b(?:sees|expects|forecasts|estimates|predicts|models|projects|had (?:forecast|estimated|expected|predicted|projected|pencill?ed in))\b/.test(s.sentenceBefore) && BROKER_OUTLOOK_RE.test(s.sentenceBefore) ? "estimate" : null),
  },
  {
    name: "an analyst's outlook",
    example: { text: "DZ Bank analyst Markus Lenz cut his target on Rheinfeld (ETR: RHF) and now expects full-year adjusted EBIT of €1.61 billion.", figure: "€1.61 billion", basis: "estimate" },
    // (Economists' and anyone's view of the economy is a forecast.)
    decide: (s) => {
      // (Cheap check first: a view verb or "said" before the figure.)
      if (!/\b(?:expect|sees|saw|forecast|estimat|predict|project|model|reckon|said)/i.test(s.sentenceBefore)) return null;
      let last: RegExpExecArray | null = null;
      ANALYST_VIEW_RE.lastIndex = 0;
      for (let m = ANALYST_VIEW_RE.exec(s.sentenceBefore); m; m = ANALYST_VIEW_RE.exec(s.sentenceBefore)) last = m;
      if (!last || VIEW_BROKEN_RE.test(s.sentenceBefore.slice(last.index + last[0].length))) return null;
      return MACRO_WORDS_RE.test(s.whole) || /\beconomists?\b/i.test(s.whole) ? "forecast" : "estimate";
    },
  },
  {
    name: "estimate words",
    example: { text: "Analysts polled by LSEG had forecast revenue of $9.1 billion.", figure: "$9.1 billion", basis: "estimate" },
    // ("The economy is expected to grow 1.1%, according to a Reuters poll of economists": economists' expectations, and anyone's of
    // the economy, are a forecast.)
    decide: (s) => (ESTIMATE_RE.test(s.local) ? (COMPANY_EXPECTS_RE.test(s.before) && !/\banalysts?\b/i.test(s.local) ? "guidance" : s.subject === null && ((/\beconomists\b/i.test(s.whole) && !/\banalysts?\b/i.test(s.whole)) || MACRO_WORDS_RE.test(s.whole)) ? "forecast" : "estimate") : null),
  },
  {
    name: "estimators open the sentence",
    example: { text: "Analysts, on average, expect Harbridge Foods (HBF) to report earnings of $1.10 a share.", figure: "$1.10", basis: "estimate" },
    // The clause holding the figure starts after the estimators' commas ("Analysts, on average, expect ...").
    // ("...; Acme reported $3.81 per share" is the result; analysts' view of the economy is a forecast.)
    decide: (s) => (/^(?:The\s+)?[A-Z]/.test(s.sentenceBefore) && ESTIMATORS_OPEN_RE.test(s.sentenceBefore) && !RESULT_RE.test(s.before) ? (othersView(s)) : null),
  },
  {
    name: "according to a report",
    example: { text: "Data centres could use 12% of U.S. power by 2028, according to a report by the institute.", figure: "12%", basis: "forecast" },
    decide: (s) => (SOURCE_REPORT_RE.test(s.whole) && PROJECTION_RE.test(s.local) ? "forecast" : null),
  },
  {
    name: "implies",
    example: { text: "Nike Inc. (NKE) said the outlook implies growth of 37%.", figure: "37%", basis: "guidance" },
    // ("Options imply a move of about 9%": what traders price in is the market's forecast.)
    decide: (s) => (IMPLIES_RE.test(s.before) ? (/\b(?:options|futures|derivatives|traders|markets?|swaps|pricing)\b/i.test(s.before) ? "forecast" : outlook(s)) : null),
  },
  {
    name: "obtained",
    example: { text: "Halvorsen has obtained a $7 billion bridge loan from two banks.", figure: "$7 billion", basis: "reported" },
    decide: (s) => (OBTAINED_RE.test(s.before) ? "reported" : null),
  },
  {
    name: "analysts' own forecast",
    example: { text: "Analysts at Anchor Capital said the results were slightly ahead of their forecast of HEPS of 340c.", figure: "340c", basis: "estimate" },
    decide: (s) => (/\b(?:their|analysts['’]?)\s+(?:[\w-]+\s+){0,2}?forecasts?\s+(?:of|for)\b/i.test(s.before) && /\banalysts?\b/i.test(s.sentenceBefore) ? "estimate" : null),
  },
  {
    name: "result verb",
    example: { text: "Adjusted earnings were $3.02 a share.", figure: "$3.02", basis: "reported" },
    decide: (s) => (RESULT_VERB_BEFORE_RE.test(s.before) ? "reported" : null),
  },
  {
    name: "third party",
    example: { text: "The market is projected to reach $48 billion by 2030.", figure: "$48 billion", basis: "forecast" },
    decide: (s) => (THIRD_PARTY_RE.test(s.local) ? (s.subject === null || /\baccording to\b/i.test(s.local) ? "forecast" : thirdOrOwn(s.local)) : null),
  },
  {
    name: "outlook verb governs infinitive",
    example: { text: "Nike Inc. (NKE) expects margins to widen next year and to produce $180 million in savings.", figure: "$180 million", basis: "guidance" },
    decide: (s) => (OUTLOOK_INFINITIVE_RE.test(s.sentenceBefore) && !ESTIMATOR_RE.test(s.sentenceBefore) ? outlook(s) : null),
  },
  {
    name: "a past base",
    example: { text: "Halden Precision (LSE: HLDN) said full-year revenue would be about 5% below last year's £1.32 billion.", figure: "£1.32 billion", basis: "prior" },
    // ("Operating expenses fell $22 million, ahead of the $15 million target set at the start of the year", "took 64.1% of the
    // notes, below the 71% they were awarded last month": a relative clause in the past names the base.)
    decide: (s) =>
      PAST_PERIOD_BASE_BEFORE_RE.test(s.before) || (COMPARED_THE_BEFORE_RE.test(s.before) && PAST_CLAUSE_AFTER_RE.test(s.after) && !ESTIMATOR_RE.test(s.after)) ? "prior" : null,
  },
  {
    name: "a modal's view",
    example: { text: "Citi raised its price target on Kestrel Memory (KMEM), saying contract prices could rise about 30% next quarter.", figure: "30%", basis: "estimate" },
    // ("The International Energy Agency said the outage could remove up to 1.2 million barrels a day": a forecaster's;
    // "Glenrock said the find could add 1.5 million ounces to its resource": the company's own outlook.)
    decide: (s) => (MODAL_BEFORE_RE.test(s.before) ? (FORECASTER_SOURCE_RE.test(s.sentenceBefore) ? "forecast" : BROKER_CONTEXT_RE.test(s.sentenceBefore) ? (s.subject !== null ? "estimate" : othersView(s)) : outlook(s)) : null),
  },
  {
    name: "outlook words",
    example: { text: "Nike Inc. (NKE) sees adjusted 2026 earnings of $1.30-$1.35 per share.", figure: "$1.30-$1.35", basis: "guidance" },
    // Outlook words come before the figure ("expects revenue of $X") or right after it.
    decide: (s) => (COMPANY_EXPECTS_RE.test(s.ownBefore + s.text.slice(s.figure[1], s.localEnd).slice(0, 30)) || (/\b(?:forecasts?|projected|guided|predicted)\b/.test(s.sentenceBefore) && NAMED_FORECAST_RE.test(s.sentenceBefore)) ? outlook(s) : null),
  },
  {
    name: "result participle",
    example: { text: "Lumora sold 40 million shares, raising $1.2 billion.", figure: "$1.2 billion", basis: "reported" },
    // ("will fund ... with $4.9 billion of new debt, lifting its net leverage to about 3.2 times": the main clause's outlook.)
    decide: (s) => (RESULT_PARTICIPLE_RE.test(s.before) ? (s.previous === "guidance" || s.previous === "forecast" ? s.previous : "reported") : null),
  },
  {
    name: "follows the figure before",
    example: { text: "Nvidia (NVDA) said it expects revenue of about $54 billion, plus or minus 2%, in the third quarter.", figure: "2%", basis: "guidance" },
    decide: (s) => {
      // A change ("a rise of 267%") is never itself a comparison base.
      const isChange = (s.ctx.unit === "%" || s.ctx.unit === "pp") && /\b(?:rise|increase|gain|jump|drop|decline|fall|decrease)\b/i.test(s.before);
      // "a premium of 41% to the price of 401.5p, and 60% above ...": a ratio is not a price's base.
      const previousFigure = s.ctx.sentenceFigures.filter((f) => f[1] <= s.figure[0]).at(-1);
      const ratioAfterAmount = (s.ctx.unit === "%" || s.ctx.unit === "pp") && previousFigure !== undefined && !/%|per\s*cent|percent|pct|points?|bps?|basis/i.test(s.text.slice(...previousFigure));
      return s.bare && s.previous !== null && !(s.previous === "prior" && (isChange || ratioAfterAmount)) ? s.previous : null;
    },
  },
  {
    name: "range traded",
    example: { text: "The day's trading range has been between $1,912.40 and $1,938.75.", figure: "$1,912.40 and $1,938.75", basis: "reported" },
    // Market reports (RTTNews, dpa-AFX, Indian forex wires): "The day's trading range was between 97.07 and 97.44", "had ranged
    // between $2,349 and $3,500 over the past 52 weeks", "traded in a range of 83.02 to 83.20": the range prices moved in.
    decide: (s) => (s.ctx.isRange && TRADED_RANGE_BEFORE_RE.test(s.sentenceBefore.slice(-80)) ? "reported" : null),
  },
  {
    name: "range as outlook",
    example: { text: "Nike Inc. (NKE) put full-year revenue at $4.1 billion to $4.3 billion.", figure: "$4.1 billion to $4.3 billion", basis: "guidance" },
    // Nobody reports a result as a range.
    // ("has lowered its policy rate by 75 basis points to a range of 3.75% to 4.00%": the range a move reached.)
    decide: (s) => (s.ctx.isRange && !/\bfrom\s+$/i.test(s.before) && !/^\s+(?:previously|earlier|before)\b/i.test(s.after) && !RANGE_REACHED_BEFORE_RE.test(s.sentenceBefore) ? outlook(s) : null),
  },
  {
    name: "outlook noun after",
    example: { text: "Alibaba Group Holding Ltd. (BABA) is well on its way through the 380 billion yuan, three-year AI budget it announced in February.", figure: "380 billion yuan", basis: "guidance" },
    decide: (s) => (OUTLOOK_NOUN_AFTER_RE.test(s.text.slice(s.figure[1], Math.min(s.sentence[1], s.figure[1] + 60))) ? outlook(s) : null),
  },
  {
    name: "forecast as subject",
    example: { text: "The Bank's own forecast, published two weeks ago, had inflation at 2.9% in the fourth quarter.", figure: "2.9%", basis: "forecast" },
    // A central bank's or forecaster's projection of the economy is a forecast; a company's own, its guidance.
    decide: (s) => (FORECAST_SUBJECT_RE.test(s.whole) ? (s.subject === null || MACRO_WORDS_RE.test(s.whole) ? "forecast" : "guidance") : null),
  },
  {
    name: "stated outright",
    example: { text: "The cloud unit had $4 billion of revenue.", figure: "$4 billion", basis: "reported" },
    decide: (s) => (!s.bare || RESULT_RE.test(s.whole) ? "reported" : null),
  },
  {
    name: "sentence names estimates",
    example: { text: "Analysts' consensus: $1.05 a share.", figure: "$1.05", basis: "estimate" },
    decide: (s) => (SENTENCE_ESTIMATE_RE.test(s.whole) ? "estimate" : null),
  },
  {
    name: "sentence names an outlook",
    example: { text: "Guidance from the company: $4.5 billion.", figure: "$4.5 billion", basis: "forecast" },
    decide: (s) => (/\b(?:guidance|outlook|forecast|expects?|sees)\b/i.test(s.whole) && /\b(?:company|it|firm|group|expects|sees)\b/.test(s.whole) ? outlook(s) : null),
  },
];

/** "from $X", "compared with $X", "than $X" right before the figure (not a range's words). */
function comparedWith(s: BasisScope): boolean {
  // ("ranging from $5", "between $X and $Y" are a range's words; "to between €260 million and €280 million from about €210 million" compares.)
  // ("with estimates ranging from $13.73 billion to $14.09 billion": the clause cut at "from" leaves "ranging" before it.)
  return PRIOR_BEFORE_RE.test(s.segBefore) && !/\b(?:range|ranging|between)\b[^\d]*$/i.test(s.text.slice(Math.max(s.sentence[0], Math.min(s.ctx.segment[0], s.figure[0] - 40)), s.figure[0]));
}
