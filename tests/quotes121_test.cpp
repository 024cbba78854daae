// Role nouns, clauses and pronouns: a trade or a relative's noun naming the one person the page gave it, an expert's
// noun with its field before the name, an infinitive clause after a verb of saying, a counted subject set off by
// commas, a second cue joined to a quote's, an obituary's pronouns, a quoted grade, a relative clause in a mention.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

// "afirmou o pediatra" after "o pediatra do hospital, Rui Matos": a trade of [trade_words] (health, the clergy) before
// the word linking it to its field goes on to the name; "la madre" after "La madre di Luca, Anna Rossi": so does a
// relative's noun of [kin_words].
TEST_CASE("a trade or a relative's noun before its field names the person after it", "[quotes][quotes121]") {
    check_quotes({
        {"es",
         {"La pediatra del centro, Elena Soto, atiende a más de mil niños cada año.",
          "\u00ABLas familias llevaban años pidiéndolo\u00BB, explicó la pediatra."},
         "Las familias llevaban años pidiéndolo", "Elena Soto", "la pediatra"},
        {"pt",
         {"O pediatra do hospital, Rui Matos, trabalha no serviço há vinte anos.",
          "\u201CNão há gente para fazer as noites\u201D, afirmou o pediatra."},
         "Não há gente para fazer as noites", "Rui Matos", "o pediatra"},
        {"it",
         {"Il sacerdote della parrocchia, Paolo Venturi, ha raccolto i fondi con una lotteria.",
          "\u00ABNessuno deve mangiare da solo a Natale\u00BB, ha detto il sacerdote."},
         "Nessuno deve mangiare da solo a Natale", "Paolo Venturi", "il sacerdote"},
        {"fr",
         {"Le prêtre de la paroisse, Jean Morel, célébrera la première messe dimanche.",
          "\u00AB Le village retrouve son cœur \u00BB, a confié le prêtre."},
         "Le village retrouve son cœur", "Jean Morel", "le prêtre"},
        {"it",
         {"La madre di Luca, Anna Rossi, ha raccolto i fondi con una lotteria tra i vicini.",
          "\u00ABNessuno deve restare indietro\u00BB, ha detto la madre."},
         "Nessuno deve restare indietro", "Anna Rossi", "la madre"},
        {"es",
         {"La madre de dos alumnos, Carmen Ruiz, se enteró del cierre por una vecina.",
          "\u00ABNadie nos dijo nada\u00BB, contó la madre."},
         "Nadie nos dijo nada", "Carmen Ruiz", "la madre"},
        // (already so: the trade right before the name, and German's genitive)
        {"de",
         {"Der Kinderarzt Thomas Berg findet keinen Nachfolger für seine Praxis.",
          "\u201EIch habe zwei Jahre gesucht\u201C, sagte der Kinderarzt."},
         "Ich habe zwei Jahre gesucht", "Thomas Berg", "der Kinderarzt"},
        // (near misses: two pediatricians, and the trade of no one the page named)
        {"es",
         {"La pediatra del centro, Elena Soto, y la pediatra del hospital, Marta Gil, firmaron la carta.",
          "\u00ABLas familias llevaban años pidiéndolo\u00BB, explicó la pediatra."},
         "Las familias llevaban años pidiéndolo", "", "la pediatra"},
        {"fr",
         {"Le maire de la commune, Paul Roux, a inauguré la place.",
          "\u00AB Le village retrouve son cœur \u00BB, a confié le prêtre."},
         "Le village retrouve son cœur", "", "le prêtre"},
    });
}

// "El experto en movilidad Andrés Quiroga dijo que ...": an expert's noun and its own link to the field
// ([expertise_links]) go on to the name after the field, which speaks (the field is no place the name is governed by).
TEST_CASE("an expert's field before the name leaves the name the speaker", "[quotes][quotes121]") {
    check_quotes({
        {"es",
         {"El experto en movilidad Andrés Quiroga dijo que el proyecto del carril bici llega tarde."},
         "el proyecto del carril bici llega tarde", "Andrés Quiroga", "El experto en movilidad Andrés Quiroga"},
        {"es",
         {"La experta en vivienda Marta Vidal aseguró que los alquileres subirán en la zona."},
         "los alquileres subirán en la zona", "Marta Vidal"},
        {"pt",
         {"O especialista em mobilidade Paulo Neves disse que a obra devia ter começado há anos."},
         "a obra devia ter começado há anos", "Paulo Neves"},
        {"it",
         {"L'esperto di mobilità Luca Ferri ha detto che il piano è coraggioso e giusto."},
         "il piano è coraggioso e giusto", "Luca Ferri"},
        // (near miss: a preposition of place before a name after a role noun still governs it)
        {"es",
         {"El alcalde en Villaverde Alta dijo que la obra empezará en enero."},
         "la obra empezará en enero", ""},
    });
}

// "La preside Giulia Conti ha spiegato di aver chiesto ...": an infinitive clause after a verb of saying reports the
// subject's words ([infinitive_report_words], the link [infinitive_report_links] before it).
TEST_CASE("an infinitive clause after a verb of saying is the subject's indirect quote", "[quotes][quotes121]") {
    check_quotes({
        {"it",
         {"La preside Giulia Conti ha spiegato di aver chiesto l'intervento del Comune già a ottobre."},
         "aver chiesto l'intervento del Comune già a ottobre", "Giulia Conti"},
        {"it",
         {"Il sindaco Franco Rossi ha detto di essere pronto a spostare le classi in municipio."},
         "essere pronto a spostare le classi in municipio", "Franco Rossi"},
        {"es",
         {"La directora, Carmen Ruiz, dijo haber pedido ayuda al ayuntamiento en octubre."},
         "haber pedido ayuda al ayuntamiento en octubre", "Carmen Ruiz"},
        {"fr",
         {"La directrice, Sophie Laurent, a dit avoir demandé une réparation à la mairie dès octobre."},
         "avoir demandé une réparation à la mairie dès octobre", "Sophie Laurent"},
    });
    // (near misses: "di" before a noun, and a verb of no saying before the infinitive)
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"it", "Il sindaco Franco Rossi ha parlato di lavori nella scuola di via Roma."},
             {"es", "La directora Carmen Ruiz quiere haber terminado la obra antes de enero."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}

// "Jedna z mieszkanek Zalesia, Anna Kowal, powiedziała, że ...": a word counting people ([count_determiner_words])
// opens the subject phrase as an article does; the name set off by commas speaks.
TEST_CASE("a counted subject's name set off by commas speaks", "[quotes][quotes121]") {
    check_quotes({
        {"pl",
         {"Jedna z mieszkanek Zalesia, Anna Kowal, powiedziała, że wodę kupuje w sklepie od piątku."},
         "wodę kupuje w sklepie od piątku", "Anna Kowal"},
        {"pl",
         {"Jeden z radnych, Piotr Nowak, stwierdził, że gmina powinna przysłać beczkowozy."},
         "gmina powinna przysłać beczkowozy", "Piotr Nowak"},
        {"en",
         {"One of the councillors, Tom Vale, said the pumps would be fixed by Friday."},
         "the pumps would be fixed by Friday", "Tom Vale"},
    });
}

// "pidió «calma» a los vecinos y recordó que ...": the second verb joined to the quote's cue reports the rest of the
// sentence as the same speaker's indirect quote.
TEST_CASE("a second cue joined to a quote's reports the same speaker", "[quotes][quotes121]") {
    struct Row {
        const char* lang;
        const char* paragraph;
        const char* partial;
        const char* cue;
        const char* said;
        const char* speaker;
    };
    for (const Row& r : std::vector<Row>{
             {"pt",
              "O presidente da junta, Luís Faria, pediu \u201Ccalma\u201D aos moradores e lembrou que a câmara vai "
              "pagar o alojamento.",
              "calma", "lembrou", "a câmara vai pagar o alojamento", "Luís Faria"},
             {"es",
              "La alcaldesa, Rosa Prieto, pidió \u00ABcalma\u00BB a los vecinos y recordó que el ayuntamiento pagará "
              "el hotel.",
              "calma", "recordó", "el ayuntamiento pagará el hotel", "Rosa Prieto"},
             {"it",
              "Il sindaco Franco Rossi ha chiesto \u00ABcalma\u00BB ai residenti e ricordato che il Comune pagherà "
              "l'albergo.",
              "calma", "ricordato", "il Comune pagherà l'albergo", "Franco Rossi"},
         }) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        const Quote* partial = quote_of(qs, r.partial);
        const Quote* said = quote_of(qs, r.said);
        REQUIRE(partial);
        REQUIRE(said);
        CHECK(partial->speaker.value_or("") == r.speaker);
        CHECK(said->kind == QuoteKind::indirect);
        CHECK(said->cue.value_or("") == r.cue);
        CHECK(said->speaker.value_or("") == r.speaker);
    }
    // (near miss: the joined verb is no speech verb; and a second quote after it is its own)
    const auto qs = extract_quotes(page(
        "es", "", {"La alcaldesa, Rosa Prieto, pidió \u00ABcalma\u00BB a los vecinos y visitó que el edificio."}));
    CHECK(qs.size() == 1);
}

// An obituary's "she": the person the headline names beside a word of death, quoted from an earlier interview (a year
// after the pronoun), not the last woman named in passing; a news story's "she" is the last woman named.
TEST_CASE("an obituary's dated pronoun stands for its subject", "[quotes][quotes121]") {
    struct Row {
        const char* lang;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* text;
        const char* speaker;
    };
    for (const Row& r : std::vector<Row>{
             {"en",
              "Margaret Hale, novelist who mapped the Fens, dies at 91",
              {"Margaret Hale, whose novels brought the Fens to a wide readership, has died at the age of 91.",
               "Her editor for thirty years, Susan Clark, called her the most patient writer she had known.",
               "\u201CI write slowly because the land changes slowly,\u201D she said in a 2004 interview."},
              "I write slowly because the land changes slowly",
              "Margaret Hale"},
             {"fr",
              "La chanteuse Lucie Morin est morte",
              {"La chanteuse Lucie Morin est morte samedi à Lyon à l'âge de 79 ans.",
               "Son amie la comédienne Anne Roux lui a rendu hommage dimanche.",
               "\u00AB Je chante pour ceux qui n'osent pas \u00BB, disait-elle en 1975."},
              "Je chante pour ceux qui n'osent pas",
              "Lucie Morin"},
             {"de",
              "Der Maler Hans Keller ist tot",
              {"Der Maler Hans Keller ist im Alter von 88 Jahren in Lindau gestorben.",
               "Sein Galerist Peter Braun sagte, Keller habe bis zuletzt gemalt.",
               "\u201EIch male, was ich nicht sagen kann\u201C, sagte er 2010 in einem Interview."},
              "Ich male, was ich nicht sagen kann",
              "Hans Keller"},
             // (near misses: a news story, and an obituary's quote of no date, the colleague's)
             {"en",
              "Council approves new library for Ely",
              {"Councillor Margaret Hale backed the plan, and the librarian, Susan Clark, welcomed the vote in 2026.",
               "\u201CWe have waited ten years for this,\u201D she said in a 2026 statement."},
              "We have waited ten years for this",
              "Susan Clark"},
             {"en",
              "Margaret Hale, novelist who mapped the Fens, dies at 91",
              {"Margaret Hale, whose novels brought the Fens to a wide readership, has died at the age of 91.",
               "Her editor for thirty years, Susan Clark, called her the most patient writer she had known.",
               "\u201CShe never missed a deadline,\u201D she said."},
              "She never missed a deadline",
              "Susan Clark"},
         }) {
        INFO(r.paragraphs.back());
        const auto qs = extract_quotes(page(r.lang, r.headline, r.paragraphs));
        const Quote* q = quote_of(qs, r.text);
        REQUIRE(q);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}

// "The inspectors rated the school “poor”": one or two quoted words a few words after a verb of rating
// ([rating_verbs]) are the grade, no quote.
TEST_CASE("a quoted grade after a verb of rating is no quote", "[quotes][quotes121]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"en", "The inspectors rated the school \u201Cpoor\u201D and asked for a new plan within a month."},
             {"en", "Last year the inspectors graded the kitchen \u201Crequires improvement\u201D after a visit."},
             {"fr", "Le niveau de l'école a été jugé \u00AB insuffisant \u00BB par les inspecteurs."},
             {"de", "Die Prüfer stuften die Schule als \u201Emangelhaft\u201C ein."},
             {"de", "Die Prüfer bewerteten die Küche als \u201Esehr gut\u201C."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
    // (near misses: a sentence quoted after the verb, a judging verb with a person's opinion, and a plain cue)
    check_quotes({
        {"en",
         {"The head teacher, Jane Fox, rated the visit: \u201CWe accept the findings and will act on them.\u201D"},
         "We accept the findings and will act on them.", "Jane Fox"},
        {"fr",
         {"Le ministre Paul Roux a jugé \u00AB inacceptable \u00BB la fermeture de l'école."},
         "inacceptable", "Paul Roux"},
        {"en",
         {"The head teacher, Jane Fox, called the report \u201Cunfair\u201D on Tuesday."},
         "unfair", "Jane Fox"},
    });
}

// "El concejal Mario Ruiz, que votó en contra, dijo que ...": the relative clause set off by commas is no part of the
// mention; the name speaks (already so: the aside of quote_indirect_cues.cpp).
TEST_CASE("a vote's relative clause after the name is no part of the mention", "[quotes][quotes121]") {
    check_quotes({
        {"es",
         {"El concejal Mario Ruiz, que votó en contra, dijo que la subida del agua es injusta."},
         "la subida del agua es injusta", "Mario Ruiz", "El concejal Mario Ruiz"},
        {"es",
         {"La concejala Ana Gil, que se abstuvo, dijo que faltan datos sobre el coste real."},
         "faltan datos sobre el coste real", "Ana Gil", "La concejala Ana Gil"},
    });
}
