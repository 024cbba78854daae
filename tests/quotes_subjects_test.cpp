// Table-driven tests of the quotes stage, in several languages: the subject of a cue, where it starts and ends, and
// whose words a quote without one is.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

using namespace archive::quote_checks;
using archive::quote_rows::check_quotes;

TEST_CASE("the subject of the cue is found around it", "[quotes][speakers]") {
    check_quotes({
        // a pronoun opening the mention is the subject, whatever nouns follow
        {"de", {"Lena Vogt leitet das Amt.", "Sie hielt die Reform der Schulordnung für richtig und nannte sie „längst überfällig“."},
         "längst überfällig", "Lena Vogt"},
        {"en", {"Lena Vogt runs the office.", "She kept the Harbor Board Plan in view and called it \"long overdue\"."},
         "long overdue", "Lena Vogt"},
        // the subject after the verb, before a colon
        {"de", {"Der Lokalzeitung sagte Tomas Brenner: „Ich bleibe im Amt, bis die Arbeit erledigt ist.“"},
         "Ich bleibe im Amt, bis die Arbeit erledigt ist.", "Tomas Brenner"},
        {"de", {"Ähnlich äußerte sich der Bürgermeister Karl Huber: „Die Brücke bleibt vorerst gesperrt.“"},
         "Die Brücke bleibt vorerst gesperrt.", "Karl Huber"},
        {"de", {"Karl Huber ist Gemeinderat.", "Als er vom Moderator Jan Stein gefragt wurde, was er plane, entgegnete Huber empört: „Das sage ich Ihnen nicht.“"},
         "Das sage ich Ihnen nicht.", "Karl Huber"},
        // the object follows the verb: the subject is the name opening the sentence
        {"de", {"Jana Roth, Präsidentin des Quartiervereins, lobte den Plan zwar, bezeichnete die Kosten aber als „viel zu hoch“."},
         "viel zu hoch", "Jana Roth"},
        // the subject of a coordinated verb opens the clause
        {"de", {"Die BVK bestätigte die Angaben des Vereins nicht und nannte sie „blanke Fantasie“."},
         "blanke Fantasie", "BVK"},
        {"en", {"Okafor skipped the Budget Committee hearing on Monday and called the plan \"a shameful waste\"."},
         "a shameful waste", "Okafor"},
    });
}

TEST_CASE("present-tense cues, dropped subjects and inserts", "[quotes][speakers]") {
    check_quotes({
        // a present-tense cue and a short insert before the subject
        {"es", {"«Esto ya no es un puerto sino un desierto», lamenta, por su parte, Rosa Quintana, vecina del barrio."},
         "Esto ya no es un puerto sino un desierto", "Rosa Quintana"},
        {"en", {"\"The ferry is always late in winter,\" said, however, Tom Vale, the harbour master."},
         "The ferry is always late in winter", "Tom Vale"},
        // a verb without a subject continues the last speaker
        {"es", {"«El agua volvió al barrio», dijo Rosa Quintana. «Nuestro reclamo lleva diez años», aclara."},
         "Nuestro reclamo lleva diez años", "Rosa Quintana"},
        {"it", {"«Il ponte è chiuso», ha detto Marco Bianchi. «Riaprirà a maggio», aggiunge."},
         "Riaprirà a maggio", "Marco Bianchi"},
        // a first name alone refers to the full name met before
        {"es", {"Rosa Quintana vive en el barrio desde 1990.", "«Nos olvidaron otra vez», dice Rosa."},
         "Nos olvidaron otra vez", "Rosa Quintana"},
        // a name set off by commas after the description opening the clause
        {"de", {"Der Sprecher des Hilfswerks, Tomas Brenner, teilte am Morgen mit, dies sei ein „stolzer Moment“."},
         "stolzer Moment", "Tomas Brenner"},
        {"fr", {"Le porte-parole de l'association, Marc Leblanc, a dénoncé « un gâchis de plusieurs millions »."},
         "un gâchis de plusieurs millions", "Marc Leblanc"},
    });
}

TEST_CASE("a quote ending its sentence is not attributed by the next one", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Jonas Keller sagte dazu: „Das Amt hat versagt.“ Er bezeichnete die Behörde als träge."},
         "Das Amt hat versagt.", "Jonas Keller"},
        {"en", {"Tom Vale told reporters: \"The office failed.\" He called the agency slow."},
         "The office failed.", "Tom Vale"},
        // ... also when the next sentence holds a quote of its own
        {"de", {"Jonas Keller, Sprecher des Vereins, kommentierte: „Das Amt hat versagt.“ Sie bezeichnete die Lage als „Skandal“."},
         "Das Amt hat versagt.", "Jonas Keller"},
    });
}

TEST_CASE("long subjects with appositions, parentheses and abbreviations", "[quotes][speakers]") {
    check_quotes({
        // "Q," Name, long apposition, said
        {"en", {"\"The river is rising too fast,\" Nora Field, the director of the county flood office, one of three agencies on site, said on Monday."},
         "The river is rising too fast", "Nora Field"},
        {"en", {"\"The vote is not optional,\" committee Chairman Rep. Dana Holt (R-Ore.) said after the hearing."},
         "The vote is not optional", "Dana Holt"},
        {"en", {"\"The veto will be overridden,\" Senate Majority Leader Tom Vale, R-Ore., said Tuesday."},
         "The veto will be overridden", "Tom Vale"},
        // Name, apposition, said, "Q"
        {"en", {"Democratic nominee Nora Field, at a later press briefing, said, \"We will rebuild the bridge this year.\""},
         "We will rebuild the bridge this year.", "Nora Field"},
        {"fr", {"Le maire Paul Roux, lors d'une conférence de presse à la mairie, a déclaré: «Nous reconstruirons le pont.»"},
         "Nous reconstruirons le pont.", "Paul Roux"},
        // a cue of the newspaper kind: "X reports that ..."
        {"en", {"The Harbor Gazette reports that the council wanted to \"keep the cost of the new ferry under wraps.\""},
         "keep the cost of the new ferry under wraps.", "Harbor Gazette"},
    });
}

TEST_CASE("a dash and a name after the quote sign it", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\u201cThe new bus line changed my life. I get to work in twenty minutes.\u201d \u2015 Pamela Ortiz"},
         "The new bus line changed my life. I get to work in twenty minutes.", "Pamela Ortiz"},
        {"fr", {"«Le quartier a enfin retrouvé son marché du dimanche.» — Jean Dupont, commerçant."},
         "Le quartier a enfin retrouvé son marché du dimanche.", "Jean Dupont"},
        {"es", {"«Nunca vimos tanta agua en la calle.» – Rosa Quintana."},
         "Nunca vimos tanta agua en la calle.", "Rosa Quintana"},
    });
}

TEST_CASE("adverbs and conjunctions are trimmed off the subject", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Okafor sharply dismissed the plan as \"a gift to the developers\" on Monday."},
         "a gift to the developers", "Okafor"},
        {"en", {"Nora Field spoke first.", "The council voted late, and she warned of \"years of higher fares\" ahead."},
         "years of higher fares", "Nora Field"},
        {"en", {"Okafor also noted the \"unusual speed\" of the vote."}, "unusual speed", "Okafor"},
    });
}

TEST_CASE("a quote after a sentence with a speech verb belongs to its subject", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Das Urteil des Landgerichts Nord wurde bestätigt. Der VGH widersprach aber der Ansicht der Kläger. „Die Regel gilt auch für kleine Betriebe im ganzen Land.“"},
         "Die Regel gilt auch für kleine Betriebe im ganzen Land.", "VGH"},
        {"en", {"The plan went to the Harbor Board. Okafor described the plan in detail. \"The ferry will run every hour from next spring.\""},
         "The ferry will run every hour from next spring.", "Okafor"},
    });
}

TEST_CASE("a cue opened by a conjunction after a quote continues its speaker", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Jonas Keller erklärt es so: „Das Wasser ist klar“, und fügt hinzu: „Die Fische kommen im Frühling zurück.“"},
         "Die Fische kommen im Frühling zurück.", "Jonas Keller"},
        {"en", {"Tom Vale put it this way: \"The water is clear,\" and added: \"The fish will be back in spring.\""},
         "The fish will be back in spring.", "Tom Vale"},
    });
}

TEST_CASE("a conjunction after a quote opens a clause that does not attribute it", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Nora Field said the mayor was \"absolutely right\" when he said the bridge would close."},
         "absolutely right", "Nora Field"},
        {"en", {"\"The party failed the town\" while it was in power, Okafor said."}, "The party failed the town", "Okafor"},
        {"fr", {"Claire Martin a jugé la réforme «trop timide» quand il a annoncé le budget."}, "trop timide", "Claire Martin"},
        // a conjunction bounds the subject before the verb like a comma
        {"es", {"El historiador Juan Soler definía una época así como oscura y la jurista Ana Ruiz llamó al puerto \"un lugar sin ley ni orden\"."},
         "un lugar sin ley ni orden", "Ana Ruiz"},
    });
}

TEST_CASE("a long partial quote with no cue goes to the name opening the sentence", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Jonas Keller ging davon aus, dass die Behörde „die Hinweise der Anwohner nicht ernst genommen“ habe."},
         "die Hinweise der Anwohner nicht ernst genommen", "Jonas Keller"},
        {"en", {"Nora Field went further and doubted that the board \"ever read a single one of the letters\" at all."},
         "ever read a single one of the letters", "Nora Field"},
        // the subject after the verb (German word order): a person named before in the sentence
        {"de", {"Die Anwältin Jana Roth sprach am Montag.", "Zu dieser Zeit ging Roth noch davon aus, dass die Polizei „den Mann vor dem Gericht festnehmen würde“."},
         "den Mann vor dem Gericht festnehmen würde", "Jana Roth"},
    });
}

TEST_CASE("a colon after the writer's clause hands the quote to the person it names", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Die Ministerin Anna Muster erklärte: „Wir prüfen alles.“ Der Sprecher der Stadt, Jonas Keller, versuchte mit diesen Worten zu beruhigen: „Die Brücke ist sicher und bleibt offen.“"},
         "Die Brücke ist sicher und bleibt offen.", "Jonas Keller"},
        {"en", {"Mayor Tom Vale said: \"We check everything.\" The harbour master, Nora Field, put it more simply: \"The bridge is safe and stays open.\""},
         "The bridge is safe and stays open.", "Nora Field"},
    });
}

TEST_CASE("a subordinate clause bounds the subject, and a capitalised verb is part of a name", "[quotes][speakers]") {
    check_quotes({
        {"en", {"The blast was caused by a device that Mayor Jane Doe described as \"an act of sabotage.\""},
         "an act of sabotage.", "Jane Doe"},
        {"es", {"Fue una explosión que la alcaldesa Lucía Gómez calificó de «un acto de sabotaje»."},
         "un acto de sabotaje", "Lucía Gómez"},
        {"en", {"Jane Doe, the envoy, told the forum on Monday that the United States is \"ready to help\" the harbor towns."},
         "ready to help", "Jane Doe"},
    });
}

TEST_CASE("several quotes of one sentence share its attribution", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Die „müden Matrosen“ hätten „die Regeln des Hafens gebrochen“, so Jonas Keller."},
         "müden Matrosen", "Jonas Keller"},
        {"en", {"The \"harbor rules\" are \"older than the town itself,\" said Nora Field."}, "harbor rules", "Nora Field"},
        {"fr", {"Les «vieux quais» sont «plus anciens que la ville», a déclaré Claire Martin."}, "vieux quais", "Claire Martin"},
    });
}

TEST_CASE("a name after a preposition and an article is no subject", "[quotes][speakers]") {
    check_quotes({
        {"es", {"María Ruiz, de la Asamblea por los Derechos Civiles, se entusiasma con el plan. «Queremos una reforma de todo el sistema judicial.»"},
         "Queremos una reforma de todo el sistema judicial.", "María Ruiz"},
        {"en", {"Tom Vale, who works for the Harbor Trust, was pleased with the plan. \"We need a new pier before the winter comes.\""},
         "We need a new pier before the winter comes.", "Tom Vale"},
    });
}

TEST_CASE("a cue without a subject goes to the person the paragraph spoke of", "[quotes][speakers]") {
    check_quotes({
        {"es", {"«El agua volvió al puerto», dijo Rosa Quintana.",
                "Ana Ruiz, de la cooperativa, cree que la marcha será grande. «No es por pesimismo», aclara."},
         "No es por pesimismo", "Ana Ruiz"},
        {"it", {"«L'acqua è tornata al porto», ha detto Marco Bianchi.",
                "Giulia Neri, della cooperativa, crede che la marcia sarà grande. «Non è pessimismo», spiega."},
         "Non è pessimismo", "Giulia Neri"},
    });
}

TEST_CASE("a subject pronoun right before the verb is its subject", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Tom Vale spoke at the harbor on Monday.", "The crowd was asked to look at what he called \"a rigged system\" at the port."},
         "a rigged system", "Tom Vale"},
        {"es", {"Rosa Quintana habló en el puerto el lunes.", "Pidió a la gente mirar lo que ella llamó «un sistema amañado» en el puerto."},
         "un sistema amañado", "Rosa Quintana"},
    });
}

TEST_CASE("an adverb between an apposition and the verb leaves the name before it the subject", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Ann Roe, the head of the harbor trust, firmly told the crowd that “staying home is not a plan at all.”"},
         "staying home is not a plan at all.", "Ann Roe"},
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz, la presidenta de la cooperativa, firmemente le dijo a la gente que «quedarse en casa no es ningún plan»."},
         "quedarse en casa no es ningún plan", "Ana Ruiz"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi, la presidente della cooperativa, fermamente ha detto alla gente che «restare a casa non è un piano»."},
         "restare a casa non è un piano", "Anna Rossi"},
    });
}

TEST_CASE("a quote inside the clause of what someone said is that person's", "[quotes][speakers]") {
    check_quotes({
        // a pronoun subject of a cue inside the clause, resolved to the outer speaker, not to the person before
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Mayor Ann Roe said the plan was what she called “a paper wall” for the town."},
         "a paper wall", "Ann Roe"},
        // a cue after the quote whose subject is the outer speaker's clause going on with "and"
        {"en", {"Tom Vale spoke at the harbor on Monday.", "Ann Roe said the state was “firmly opposed” to the dam and warned the council to wait."},
         "firmly opposed", "Ann Roe"},
        {"fr", {"Tom Vale a parlé au port lundi.", "Anne Roux a dit que l’État était « fermement opposé » au barrage et a averti le conseil."},
         "fermement opposé", "Anne Roux"},
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz dijo que el Estado estaba «firmemente opuesto» a la presa y advirtió al consejo."},
         "firmemente opuesto", "Ana Ruiz"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi ha detto che lo Stato era «fermamente contrario» alla diga e ha avvertito il consiglio."},
         "fermamente contrario", "Anna Rossi"},
    });
}

TEST_CASE("a cue after a conjunction goes to the name that opens its sentence", "[quotes][speakers]") {
    // The sentence opens with a name set off by a comma: the subject of the cue the conjunction opens, not the
    // speaker of the paragraph before.
    check_quotes({
        {"en", {"\"The pier will open in May,\" Port Director Ben Otto said Tuesday.",
                "Deputy Mayor Carla Venn, R-Ohio, despite admitting that she had worries about \"builders trying to get rich\", backs the pier."},
         "builders trying to get rich", "Carla Venn"},
        {"es", {"«El muelle abrirá en mayo», dijo el director Pedro Otero.",
                "La concejala Lucía Brante, del partido verde, aunque admitió dudas sobre «constructores que quieren hacerse ricos», apoya el muelle."},
         "constructores que quieren hacerse ricos", "Lucía Brante"},
        // a quote opening the sentence: the conjunction's cue goes on with the last speaker
        {"en", {"\"The pier will open in May,\" Port Director Ben Otto said Tuesday.",
                "\"We are ready,\" and added: \"The boats can come.\""},
         "The boats can come.", "Ben Otto"},
    });
}

TEST_CASE("a speech word after a possessive is a noun, not a cue", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called Mr. Brack's remarks \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called his claims \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        // after a determiner
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "Ann Kosta, an adviser to the Lund campaign, called the remarks \"a sad stunt\" aimed at voters."},
         "a sad stunt", "Ann Kosta"},
        // "Speaker" is a title of office, not a part of the name
        {"en", {"The harbor bill passed on Monday.", "\"We did our work,\" House Speaker Tom Brack said."},
         "We did our work", "Tom Brack"},
    });
}

TEST_CASE("a speech word after a determiner is a noun, not a cue", "[quotes][speakers]") {
    // "one of the states", "par tranche", "una denuncia": the noun gives the quote no cue and no speaker (it may be
    // left out); the verb of the sentence, when there is one, does.
    check_cues({
        {"en", {"Mayor Tom Brack spoke at the harbor on Monday.",
                "\"The pier is a stunt,\" Ann Kosta, the head of one of the states suing the port, said on Monday."},
         "The pier is a stunt", "said", "Ann Kosta"},
        {"fr", {"Le ministre Paul Roux a présenté lundi la loi sur le port.",
                "Ce contrôle, autorisé par le ministre par tranche de six mois, vise des « fraudeurs » connus."},
         "fraudeurs", "", "", nullptr, true},
        {"es", {"El ministro Pedro Ruiz habló el lunes en el puerto.",
                "El control, aprobado por el ministro, responde a una denuncia sobre «pagos ocultos» en el puerto."},
         "pagos ocultos", "", "", nullptr, true},
    });
}

TEST_CASE("the subject of a cue starts after the word opening a free relative clause", "[quotes][speakers]") {
    // "what several lawmakers called", "was die Abgeordneten sagten": the clause names what is spoken of; its
    // subject is the speaker, and the words before "what" are not part of the mention (nor make it too long to be
    // one).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The audit found that only one percent of the harbor staff had been involved with what several "
                "lawmakers called \"theft\" last year."},
         "theft", "called", "", "several lawmakers"},
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The shortfall is what the mayor called \"theft\" during the long debate."},
         "theft", "called", "Tom Brack", "the mayor"},
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Die Prüfer fanden genau das, was die Abgeordneten sagten: „Das Geld ist weg.“"},
         "Das Geld ist weg.", "sagten", "Abgeordneten", "die Abgeordneten"},
    });
}

TEST_CASE("a verb that says too little alone is a cue with the words after it", "[quotes][speakers]") {
    // German separable verbs ("gab ... an", "stellte ... klar": "es gab", "stellte vor" are no speech) and English
    // phrases ("made clear") are listed whole in [speech_phrases].
    check_cues({
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Die Anwältin Lena Vogt gab an, dass ihr Mandant „große Sorgen hatte“."},
         "große Sorgen hatte", "gab an", "Lena Vogt"},
        {"de", {"Der Bürgermeister Tom Brack traf am Montag die Hafendirektorin Anna Kosta.",
                "Der Minister Karl Wendt stellte klar: „Der Hafen bleibt offen.“"},
         "Der Hafen bleibt offen.", "stellte klar", "Karl Wendt"},
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "Ann Kosta made clear that the pier was \"a sad stunt\" in the end."},
         "a sad stunt", "made clear", "Ann Kosta"},
    });
}

TEST_CASE("a participle after a long clause takes the name opening it as its subject", "[quotes][speakers]") {
    // "X weighed in on the radio on Monday, saying": the part before the comma is longer than a subject; the name
    // among its first words is the participle's subject (not an "according to" of the next sentence).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "Party nominee Ann Kosta weighed in on the radio on Monday, saying that city officials should release "
                "the harbor records \"without delay.\" She will visit the harbor on Sunday, according to a port aide."},
         "without delay.", "saying", "Ann Kosta", "Party nominee Ann Kosta"},
        {"fr", {"Le maire Paul Roux a rencontré lundi la directrice du port Anne Morel.",
                "La candidate écologiste Anne Morel est intervenue lundi soir à la radio locale, affirmant que les élus "
                "devaient publier les comptes « sans délai ». Elle visitera le port dimanche, selon un conseiller."},
         "sans délai", "affirmant", "Anne Morel", "La candidate écologiste Anne Morel"},
    });
}

TEST_CASE("an \"according to\" after a quote that ends its sentence is the next sentence's", "[quotes][speakers]") {
    // "... “until the end.” The mayor will visit ..., according to X": X is the source of the visit, not of the
    // quoted words (which have no cue here: left out, or kept without one).
    check_cues({
        {"en", {"Tom Brack, the mayor, met the port director Ann Kosta on Monday.",
                "The harbor will stay closed \"until the end.\" The mayor will visit the harbor on Sunday, according to "
                "the port director, Ann Kosta."},
         "until the end.", "", "", nullptr, true},
        {"fr", {"Le maire Paul Roux a rencontré lundi la directrice du port Anne Morel.",
                "Le port restera fermé « jusqu'au bout. » Le maire visitera le port dimanche, selon la directrice Anne "
                "Morel."},
         "jusqu'au bout.", "", "", nullptr, true},
    });
}

TEST_CASE("a one-word subject after \"that\" is the whole subject of the cue", "[quotes][speakers]") {
    // The subject of the cue stops at the word opening its clause, even when it is one word: the pronoun of the
    // clause before ("she pointed to reports") is not read as part of it.
    check_quotes({
        {"en", {"Anna Kosta met the ferry board on Monday.",
                "Later she pointed to reports that Brack called the old ferry captain \"Captain Slowboat\" at a dinner."},
         "Captain Slowboat", "Brack"},
        {"es", {"Ana Costa se reunió con la junta del ferry el lunes.",
                "Luego ella citó informes de que Brack llamó al viejo capitán «el capitán Tortuga» en una cena."},
         "el capitán Tortuga", "Brack"},
    });
}

TEST_CASE("the -ing forms and other English verbs of speech are cues", "[quotes][speakers]") {
    // English reports speech with a participle after the speaker: "footage of X asking, "Q?"".
    check_quotes({
        {"en", {"The ferry vote is next week.", "The new ad shows footage of Ann Kosta asking, \"Why is the pier still closed?\""},
         "Why is the pier still closed?", "Ann Kosta"},
        {"en", {"The ferry vote is next week.", "The clip ends with Tom Brack replying, \"We will open it in May.\""},
         "We will open it in May.", "Tom Brack"},
        // "chanted", "reiterated", "countered": more verbs of speech
        {"en", {"The ferry vote is next week.", "Dock workers marching past the hall chanted \"Open the pier now!\" until dawn."},
         "Open the pier now!", ""}, // (found; a group in lower case names no one)
        {"en", {"The ferry vote is next week.", "Tom Brack reiterated that the pier was \"a matter for the whole town\" on Friday."},
         "a matter for the whole town", "Tom Brack"},
    });
}

TEST_CASE("a partial quote opening its sentence goes on with the paragraph's speaker", "[quotes][speakers]") {
    check_quotes({
        {"en", {"Tom Brack spoke first at the hearing.",
                "\"This is not fair,\" Ann Kosta said. The board looked away. \"You sent all the water bills to the families\" of the old town."},
         "You sent all the water bills to the families", "Ann Kosta"},
        {"es", {"Tom Brack habló primero en la audiencia.",
                "«Esto no es justo», dijo Ana Costa. La junta miró a otro lado. «Usted mandó todas las facturas del agua a las familias» del barrio viejo."},
         "Usted mandó todas las facturas del agua a las familias", "Ana Costa"},
    });
}

TEST_CASE("German participles at the end of the clause are cues", "[quotes][speakers]") {
    // "hatte ... „Q“ bekanntgegeben": the verb closes the German clause after the quote.
    check_quotes({
        {"de", {"Der Hafen bleibt seit Montag geschlossen.",
                "Der Hafenminister Karl Wendt hatte am Samstag die Zustimmung seiner Behörde „trotz einiger Bedenken“ bekanntgegeben."},
         "trotz einiger Bedenken", "Karl Wendt"},
        {"de", {"Der Hafen bleibt seit Montag geschlossen.",
                "Die Sprecherin Lena Vogt hat die Berichte über „geheime Absprachen mit den Reedern“ dementiert."},
         "geheime Absprachen mit den Reedern", "Lena Vogt"},
    });
}

TEST_CASE("a verb closing the clause after its quote has the clause's subject pronoun", "[quotes][speakers]") {
    // German puts the verb last: "was sie einen „Q“ nannte" is hers, not the last person the paragraph named.
    check_quotes({
        {"de", {"Der Hafen bleibt zu.",
                "Frau Anna Roth sprach am Montag am Hafen. Herr Jens Hale wurde gebeten, sich anzusehen, was sie einen „Papierwall“ nannte."},
         "Papierwall", "Anna Roth"},
        {"de", {"Der Hafen bleibt zu.",
                "Herr Jens Hale sprach am Montag am Hafen. Frau Anna Roth hörte zu, als er die Lage als „völlig verfahren“ bezeichnete."},
         "völlig verfahren", "Jens Hale"},
    });
}

TEST_CASE("a sentence pointing back at the quote before its cue attributes it", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Der Hafen bleibt zu.", "»Wir bewegen uns nicht. Die Schiffe bleiben im Hafen.« Das sagte die Gewerkschafterin Anna Roth am Dienstag."},
         "Wir bewegen uns nicht. Die Schiffe bleiben im Hafen.", "Anna Roth"},
        {"fr", {"Le port reste fermé.", "« Nous ne bougerons pas. Les bateaux restent au port. » C'est ce qu'a déclaré mardi la syndicaliste Anne Roux."},
         "Nous ne bougerons pas. Les bateaux restent au port.", "Anne Roux"},
        {"en", {"The port stays closed.", "\"We will not move. The boats stay in port.\" That's what Ann Roe said on Tuesday."},
         "We will not move. The boats stay in port.", "Ann Roe"},
        // a sentence of its own with a cue of its own attributes nothing
        {"de", {"Der Hafen bleibt zu.", "»Wir bewegen uns nicht.« Die Gewerkschafterin Anna Roth sagte am Dienstag, sie warte ab."},
         "Wir bewegen uns nicht.", ""},
    });
}

TEST_CASE("a contrasting adverb after the cue is not part of the mention", "[quotes][speakers]") {
    struct Row {
        const char* lang;
        const char* text;
        const char* quote;
        const char* mention;
    };
    const Row rows[] = {
        {"de", "„Die Gespräche sind gescheitert“, meint dagegen Paul Vogt, der Chef des Hafens.", "Die Gespräche sind gescheitert", "Paul Vogt"},
        {"de", "„Wir warten ab“, sagte hingegen die Sprecherin Anna Roth.", "Wir warten ab", "die Sprecherin Anna Roth"},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        auto qs = extract_quotes(body(r.lang, {"Der Hafen bleibt zu.", r.text}));
        const Quote* q = find_quote(qs, r.quote);
        REQUIRE(q);
        CHECK(q->mention.value_or("") == r.mention);
    }
}

TEST_CASE("a cue after \", and\" goes to the name that opens the sentence", "[quotes][speakers]") {
    // The verb is coordinated with the sentence's main verb: its subject is the sentence's, not the words between.
    check_quotes({
        {"en", {"Mayor Tom Brack met the ferry board on Monday.",
                "Ann Kosta has used the phrase \"harbor grab\" often in her campaign, and criticized Brack for not doing so."},
         "harbor grab", "Ann Kosta"},
        {"es", {"El alcalde Tomás Brack se reunió con la junta el lunes.",
                "Ana Costa ha usado la expresión «robo del puerto» a menudo en su campaña, y criticó a Brack por no hacerlo."},
         "robo del puerto", "Ana Costa"},
    });
}

TEST_CASE("a name after the outer cue keeps the inner cue's speaker", "[quotes][speakers]") {
    check_quotes({
        {"es", {"Tom Vale habló en el puerto el lunes.", "Ana Ruiz dijo que Tom Vale llamó al plan «un muro de papel» el lunes."},
         "un muro de papel", "Tom Vale"},
        {"fr", {"Tom Vale a parlé au port lundi.", "Anne Roux a dit que Tom Vale a qualifié le plan de « mur de papier » lundi."},
         "mur de papier", "Tom Vale"},
        {"it", {"Tom Vale ha parlato al porto lunedì.", "Anna Rossi ha detto che Tom Vale ha definito il piano «un muro di carta» lunedì."},
         "un muro di carta", "Tom Vale"},
    });
}

TEST_CASE("a passive cue keeps its subject apart from the words that follow", "[quotes][speakers]") {
    // "was told", "a été interpellé", "è stato detto": the subject is the one spoken to, not the one whose words
    // the clause after the cue reports.
    check_quotes({
        {"en", {"Ann Roe spoke at the harbor on Monday.", "Jim Hale was told that the state was “firmly opposed” to the dam and had warned the council."},
         "firmly opposed", ""},
        {"fr", {"Anne Roux a parlé au port lundi.", "Jean Hale a été interpellé sur le fait que l’État était « fermement opposé » au barrage et avait averti le conseil."},
         "fermement opposé", ""},
        {"it", {"Anna Rossi ha parlato al porto lunedì.", "A Gianni Hale è stato detto che lo Stato era «fermamente contrario» alla diga e aveva avvertito il consiglio."},
         "fermamente contrario", ""},
    });
}

TEST_CASE("a quoted fragment in a sentence of reported speech is the reported person's", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Der Hafen sei „seit Wochen leer“ gewesen."},
         "seit Wochen leer", "Jonas Keller"},
        {"fr", {"«Le bac repart», a déclaré Claire Martin lundi.", "Le port aurait été « vide depuis des semaines »."},
         "vide depuis des semaines", "Claire Martin"},
        {"it", {"«Il traghetto riparte», ha detto Marco Bianchi lunedì.", "Il porto sarebbe stato «vuoto da settimane»."},
         "vuoto da settimane", "Marco Bianchi"},
        // a person named in the sentence before the quote is the one reported
        {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Zuvor habe Anna Muster „die Abfahrt verzögert“."},
         "die Abfahrt verzögert", "Anna Muster"},
    });
    // without the mood of reported speech a short fragment with no cue is a scare quote; a single quoted word
    // stays a term even in reported speech
    for (const auto& r : std::vector<std::pair<const char*, std::vector<std::string>>>{
             {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Der Hafen war „seit Wochen leer“."}},
             {"fr", {"«Le bac repart», a déclaré Claire Martin lundi.", "Le port était « vide depuis des semaines »."}},
             {"de", {"„Die Fähre fährt wieder“, sagte Jonas Keller am Montag.", "Die Anlage sei eine „Sammelstelle“."}},
         }) {
        INFO(r.second.back());
        CHECK(extract_quotes(body(r.first, r.second)).size() == 1);
    }
}

TEST_CASE("a quote opening the paragraph after one about a person is that person's", "[quotes][speakers]") {
    check_quotes({
        {"en", {"\"The ferry is late,\" said Nora Field.", "Mayor Tom Vale has lived on the island for thirty years.",
                "\"We lose customers every winter.\""},
         "We lose customers every winter.", "Tom Vale"},
        {"fr", {"«Le bac est en retard», a déclaré Claire Martin.", "Le maire Paul Roux vit sur l'île depuis trente ans.",
                "«Nous perdons des clients chaque hiver.»"},
         "Nous perdons des clients chaque hiver.", "Paul Roux"},
        {"de", {"„Die Fähre ist zu spät“, sagte Anna Muster.", "Bürgermeister Max Roth lebt seit dreißig Jahren auf der Insel.",
                "„Wir verlieren jeden Winter Kunden.“"},
         "Wir verlieren jeden Winter Kunden.", "Max Roth"},
        // a paragraph that names nobody leaves the words with the last speaker
        {"en", {"\"The ferry is late,\" said Nora Field.", "The island has one pier and a small school.",
                "\"We lose customers every winter.\""},
         "We lose customers every winter.", "Nora Field"},
    });
}

TEST_CASE("a long quoted fragment without a cue goes to the subject named, else in reported speech to the last speaker", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.",
                "Außerdem hätte der Senat „die Gelegenheit verpasst, den alten Hafen noch zu retten“."},
         "die Gelegenheit verpasst, den alten Hafen noch zu retten", "Anna Muster"},
        {"fr", {"«Le vieux port est perdu», a déclaré Claire Martin.",
                "Le conseil aurait ainsi «manqué l'occasion de sauver le vieux port de la ville»."},
         "manqué l'occasion de sauver le vieux port de la ville", "Claire Martin"},
        {"it", {"«Il vecchio porto è perduto», ha detto Giulia Rossi.",
                "Il consiglio avrebbe così «perso l'occasione di salvare il vecchio porto della città»."},
         "perso l'occasione di salvare il vecchio porto della città", "Giulia Rossi"},
        {"es", {"«El viejo puerto está perdido», dijo Lucía Gómez.",
                "El consejo habría así «perdido la ocasión de salvar el viejo puerto de la ciudad»."},
         "perdido la ocasión de salvar el viejo puerto de la ciudad", "Lucía Gómez"},
        // with no cue, the name standing as the subject after the verb
        {"de", {"Damals ging Anna Roth noch davon aus, dass die Brücke im Frühjahr gesperrt würde, „um den Schulweg sicher zu halten“."},
         "um den Schulweg sicher zu halten", "Anna Roth"},
        {"es", {"En aquel momento Lucía Gómez todavía creía que la orden se cumpliría «para ahorrar a los niños ese mal trago»."},
         "para ahorrar a los niños ese mal trago", "Lucía Gómez"},
        // another quote of the sentence with its own cue still wins over the last speaker
        {"de", {"„Der alte Hafen ist verloren“, sagte Anna Muster.", "Peter Roth widersprach ihr am Montag.",
                "Die „müden Fischer“ hätten „den Hafen einfach aufgegeben“, so Roth."},
         "müden Fischer", "Peter Roth"},
    });
}

TEST_CASE("a cue without a subject after a paragraph of the writer's goes to the person it spoke of", "[quotes][speakers]") {
    check_quotes({
        {"es", {"Lucía Gómez visitó las obras del muelle el martes.", "«Las obras avanzan bien», explicó."},
         "Las obras avanzan bien", "Lucía Gómez"},
        {"it", {"Giulia Rossi ha visitato il cantiere del molo martedì.", "«I lavori procedono bene», ha spiegato."},
         "I lavori procedono bene", "Giulia Rossi"},
        // after a quoted paragraph the last speaker goes on
        {"es", {"«El muelle está listo», dijo Lucía Gómez.", "«Las obras avanzan bien», añadió."},
         "Las obras avanzan bien", "Lucía Gómez"},
    });
}

TEST_CASE("a phrase opened by a preposition before the cue is no subject", "[quotes][speakers]") {
    check_quotes({
        {"de", {"Gegenüber der Zeitung sagte Meier: „Die Arbeiten am Hafen kommen gut voran.“"},
         "Die Arbeiten am Hafen kommen gut voran.", "Meier"},
        {"de", {"Im Interview mit dem Sender erklärte Anna Muster: „Die Arbeiten am Hafen kommen gut voran.“"},
         "Die Arbeiten am Hafen kommen gut voran.", "Anna Muster"},
        {"es", {"En la rueda de prensa declaró Lucía Gómez: «Las obras del puerto avanzan bien»."},
         "Las obras del puerto avanzan bien", "Lucía Gómez"},
    });
}

TEST_CASE("a sentence opened by the preposition of a view and a name gives that person's words", "[quotes][speakers]") {
    check_quotes({
        {"fr", {"Pour Paul Roux, «le port rouvrira avant la fin de l'année prochaine»."},
         "le port rouvrira avant la fin de l'année prochaine", "Paul Roux"},
        {"es", {"Para Lucía Gómez, «el puerto volverá a abrir antes del verano que viene»."},
         "el puerto volverá a abrir antes del verano que viene", "Lucía Gómez"},
        {"it", {"Per Giulia Rossi, «il porto riaprirà prima della fine dell'anno prossimo»."},
         "il porto riaprirà prima della fine dell'anno prossimo", "Giulia Rossi"},
    });
}

TEST_CASE("German \"so\" then a verb names the speaker when a name follows", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Er ist die eiserne Hand im Samthandschuh“, so charakterisierte ihn der Gewerkschafter Peter Meier."},
         "Er ist die eiserne Hand im Samthandschuh", "Peter Meier"},
        {"de", {"„Die Arbeiten kommen gut voran“, so beschrieb Anna Muster die Lage am Hafen."},
         "Die Arbeiten kommen gut voran", "Anna Muster"},
    });
    // "so heißt ein Projekt": no name after the verb, the quote is a name
    CHECK(extract_quotes(body("de", {"„Wikiasari“, so heißt ein neues Projekt der Stiftung."})).empty());
}

TEST_CASE("an adverb of frequency between the subject and the cue is not part of the speaker", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "Councillor Wren Hadley often calls the bypass \u201Ca road to nowhere\u201D at meetings.",
         "a road to nowhere", "Wren Hadley"},
        {"en", "Wren Hadley always described the bypass as \u201Ca road to nowhere\u201D in her letters.",
         "a road to nowhere", "Wren Hadley"},
        {"en", "The mayor of Carrowmore sometimes calls the bypass \u201Ca road to nowhere\u201D too.",
         "a road to nowhere", ""}, // (the mayor, no one the page names: not the place, quotes103)
    };
    check_said_by(rows);
}

TEST_CASE("a cue opening a clause of what is said names no speaker after it", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "City Attorney Lena Vark said in her letter that the poster \u201Cplainly and wrongly\u201D suggests "
               "that Carrowmore and its crews back the toll.",
         "plainly and wrongly", "Lena Vark"},
        {"es", "La alcaldesa Rosa Imaz explicó en su carta que el cartel \u00ABde forma clara y falsa\u00BB afirma "
               "que Villarrasa y sus vecinos apoyan el peaje.",
         "de forma clara y falsa", "Rosa Imaz"},
    };
    check_said_by(rows);
}

TEST_CASE("an adverb opening the sentence before the subject is not part of the speaker", "[quotes][speakers]") {
    const OneQuoteRow rows[] = {
        {"en", "Even Mara Pell said the plan was \u201Ca fair deal\u201D for the quay.", "a fair deal", "Mara Pell"},
        {"de", "Sogar Mara Pell sagte, der Plan sei \u201Eein fairer Kompromiss\u201C f\u00FCr den Hafen.",
         "ein fairer Kompromiss", "Mara Pell"},
        {"es", "Incluso Rosa Imaz dijo que el plan era \u00ABun acuerdo justo\u00BB para el puerto.", "un acuerdo justo",
         "Rosa Imaz"},
    };
    check_said_by(rows);
}
