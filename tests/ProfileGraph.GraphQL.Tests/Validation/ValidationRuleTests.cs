using ProfileGraph.GraphQL.Validation;
using ProfileGraph.GraphQL.Validation.Rules;

namespace ProfileGraph.GraphQL.Tests.Validation;

/// <summary>
/// Each spec §5 rule on its own, with valid and invalid documents modelled on graphql-js 16's rule tests
/// (src/validation/__tests__), against its harness schema; the expected messages and locations are graphql-js's.
/// </summary>
public sealed class ValidationRuleTests
{
    private static string[] Errors<TRule>(string query)
        where TRule : ValidationRule, new() => ValidationTestSchema.Validate(query, [new TRule()]);

    [Theory]
    [InlineData("query Foo { dog { name } }")]
    [InlineData("query Foo { dog { name } } fragment Frag on Dog { name }")]
    [InlineData("query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }", "The \"Cow\" definition is not executable. (2:1)", "The \"Dog\" definition is not executable. (3:1)")]
    [InlineData("schema { query: Query }\ntype Query { test: String }\nextend schema @directive", "The schema definition is not executable. (1:1)", "The \"Query\" definition is not executable. (2:1)", "The schema definition is not executable. (3:1)")]
    public void ExecutableDefinitions(string query, params string[] expected) => Assert.Equal(expected, Errors<ExecutableDefinitionsRule>(query));

    [Theory]
    [InlineData("fragment fragA on Type { field }")]
    [InlineData("{ field }")]
    [InlineData("query Foo { field } query Bar { field }")]
    [InlineData("query Foo { field } mutation Bar { field } subscription Baz { field }")]
    [InlineData("query Foo { fieldA }\nquery Foo { fieldB }", "There can be only one operation named \"Foo\". (1:7) (2:7)")]
    [InlineData("query Foo { fieldA }\nmutation Foo { fieldB }", "There can be only one operation named \"Foo\". (1:7) (2:10)")]
    [InlineData("query Foo { fieldA }\nsubscription Foo { fieldB }", "There can be only one operation named \"Foo\". (1:7) (2:14)")]
    public void UniqueOperationNames(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueOperationNamesRule>(query));

    [Theory]
    [InlineData("{ field }")]
    [InlineData("query Foo { field } query Bar { field }")]
    [InlineData("{ field } fragment Foo on Type { field }")]
    [InlineData("{ fieldA }\n{ fieldB }", "This anonymous operation must be the only defined operation. (1:1)", "This anonymous operation must be the only defined operation. (2:1)")]
    [InlineData("{ fieldA }\nmutation Foo { fieldB }", "This anonymous operation must be the only defined operation. (1:1)")]
    [InlineData("{ fieldA }\nsubscription Foo { fieldB }", "This anonymous operation must be the only defined operation. (1:1)")]
    public void LoneAnonymousOperation(string query, params string[] expected) => Assert.Equal(expected, Errors<LoneAnonymousOperationRule>(query));

    [Theory]
    [InlineData("subscription ImportantEmails { importantEmails }")]
    [InlineData("subscription sub { ...newMessageFields } fragment newMessageFields on SubscriptionRoot { importantEmails }")]
    [InlineData("subscription ImportantEmails { importantEmails notImportantEmails }", "Subscription \"ImportantEmails\" must select only one top level field. (1:48)")]
    [InlineData("subscription { importantEmails notImportantEmails }", "Anonymous Subscription must select only one top level field. (1:32)")]
    [InlineData("subscription ImportantEmails { importantEmails notImportantEmails spamEmails }", "Subscription \"ImportantEmails\" must select only one top level field. (1:48) (1:67)")]
    [InlineData("subscription ImportantEmails { importantEmails ... { more: moreImportantEmails } ...NotImportantEmails } fragment NotImportantEmails on SubscriptionRoot { notImportantEmails deleted: importantEmails ...SpamEmails } fragment SpamEmails on SubscriptionRoot { spamEmails }", "Subscription \"ImportantEmails\" must select only one top level field. (1:54) (1:156) (1:175) (1:258)")]
    [InlineData("subscription ImportantEmails { __typename }", "Subscription \"ImportantEmails\" must not select an introspection top level field. (1:32)")]
    [InlineData("subscription { importantEmails __typename }", "Anonymous Subscription must select only one top level field. (1:32)", "Anonymous Subscription must not select an introspection top level field. (1:32)")]
    [InlineData("subscription { importantEmails notImportantEmails @skip(if: true) moreImportantEmails @include(if: false) }")]
    [InlineData("subscription { importantEmails notImportantEmails @skip(if: false) }", "Anonymous Subscription must select only one top level field. (1:32)")]
    public void SingleFieldSubscriptions(string query, params string[] expected) => Assert.Equal(expected, Errors<SingleFieldSubscriptionsRule>(query));

    [Theory]
    [InlineData("query Foo($var: String, $required: [Int!]!) { user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } } } fragment PetFields on Pet { name }")]
    [InlineData("query Foo($var: JumbledUpLetters) { user(id: 4) { name pets { ... on Badger { name }, ...PetFields } } } fragment PetFields on Peat { name }", "Unknown type \"JumbledUpLetters\". (1:17)", "Unknown type \"Badger\". (1:70)", "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? (1:128)")]
    [InlineData("query Foo($var: [Dgo!]) { dog { name } }", "Unknown type \"Dgo\". Did you mean \"Dog\"? (1:18)")]
    public void KnownTypeNames(string query, params string[] expected) => Assert.Equal(expected, Errors<KnownTypeNamesRule>(query));

    [Theory]
    [InlineData("fragment validFragment on Dog { barks }")]
    [InlineData("fragment validFragment on Pet { name }")]
    [InlineData("fragment validFragment on CatOrDog { __typename }")]
    [InlineData("fragment validFragment on Pet { ... on Dog { barks } }")]
    [InlineData("fragment validFragment on Pet { ... { name } }")]
    [InlineData("fragment scalarFragment on Boolean { bad }", "Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\". (1:28)")]
    [InlineData("fragment scalarFragment on FurColor { bad }", "Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\". (1:28)")]
    [InlineData("fragment inputFragment on ComplexInput { stringField }", "Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\". (1:27)")]
    [InlineData("fragment invalidFragment on Pet { ... on String { barks } }", "Fragment cannot condition on non composite type \"String\". (1:42)")]
    public void FragmentsOnCompositeTypes(string query, params string[] expected) => Assert.Equal(expected, Errors<FragmentsOnCompositeTypesRule>(query));

    [Theory]
    [InlineData("query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }")]
    [InlineData("query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { field(a: $a, b: $b, c: $c) }", "Variable \"$a\" cannot be non-input type \"Dog\". (1:15)", "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". (1:24)", "Variable \"$c\" cannot be non-input type \"Pet\". (1:44)")]
    public void VariablesAreInputTypes(string query, params string[] expected) => Assert.Equal(expected, Errors<VariablesAreInputTypesRule>(query));

    [Theory]
    [InlineData("fragment scalarSelection on Dog { barks }")]
    [InlineData("query directQueryOnObjectWithoutSubFields { human }", "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (1:45)")]
    [InlineData("{ human { pets } }", "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"? (1:11)")]
    [InlineData("fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment scalarSelectionsNotAllowedOnBoolean on Dog { barks { sinceWhen } }", "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. (1:61)")]
    [InlineData("fragment scalarSelectionsNotAllowedOnEnum on Cat { furColor { inHexDec } }", "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields. (1:61)")]
    [InlineData("fragment scalarSelectionsNotAllowedWithDirectives on Dog { name @include(if: true) { isAlsoHumanName } }", "Field \"name\" must not have a selection since type \"String\" has no subfields. (1:84)")]
    [InlineData("{ human { relatives } }", "Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"? (1:11)")]
    public void ScalarLeafs(string query, params string[] expected) => Assert.Equal(expected, Errors<ScalarLeafsRule>(query));

    [Theory]
    [InlineData("fragment objectFieldSelection on Dog { __typename name }")]
    [InlineData("fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }")]
    [InlineData("fragment interfaceFieldSelection on Pet { __typename name }")]
    [InlineData("fragment typeKnownAgain on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }", "Cannot query field \"unknown_pet_field\" on type \"Pet\". (1:34)", "Cannot query field \"unknown_cat_field\" on type \"Cat\". (1:67)")]
    [InlineData("fragment fieldNotDefined on Dog { meowVolume }", "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (1:35)")]
    [InlineData("fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }", "Cannot query field \"unknown_field\" on type \"Dog\". (1:39)")]
    [InlineData("fragment subFieldNotDefined on Human { pets { unknown_field } }", "Cannot query field \"unknown_field\" on type \"Pet\". (1:47)")]
    [InlineData("fragment aliasedFieldTargetNotDefined on Dog { volume : mooVolume }", "Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (1:48)")]
    [InlineData("fragment notDefinedOnInterface on Pet { tailLength }", "Cannot query field \"tailLength\" on type \"Pet\". (1:41)")]
    [InlineData("fragment definedOnImplementorsButNotInterface on Pet { nickname }", "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (1:56)")]
    [InlineData("fragment directFieldSelectionOnUnion on CatOrDog { directField }", "Cannot query field \"directField\" on type \"CatOrDog\". (1:52)")]
    [InlineData("fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }", "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"? (1:60)")]
    [InlineData("fragment typeNameOnUnion on CatOrDog { __typename }")]
    [InlineData("fragment meta on Dog { __typename }")]
    public void FieldsOnCorrectType(string query, params string[] expected) => Assert.Equal(expected, Errors<FieldsOnCorrectTypeRule>(query));

    [Theory]
    [InlineData("{ ...fragA ...fragB } fragment fragA on Type { fieldA } fragment fragB on Type { fieldB }")]
    [InlineData("{ ...fragA } fragment fragA on Type { fieldA }\nfragment fragA on Type { fieldB }", "There can be only one fragment named \"fragA\". (1:23) (2:10)")]
    [InlineData("fragment fragA on Type { fieldA } fragment fragA on Type { fieldB } fragment fragA on Type { fieldC }", "There can be only one fragment named \"fragA\". (1:10) (1:44)", "There can be only one fragment named \"fragA\". (1:10) (1:78)")]
    public void UniqueFragmentNames(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueFragmentNamesRule>(query));

    [Theory]
    [InlineData("{ human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name }")]
    [InlineData("{ human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } }\nfragment HumanFields on Human { name ...UnknownFragment3 }", "Unknown fragment \"UnknownFragment1\". (1:21)", "Unknown fragment \"UnknownFragment2\". (1:56)", "Unknown fragment \"UnknownFragment3\". (2:41)")]
    public void KnownFragmentNames(string query, params string[] expected) => Assert.Equal(expected, Errors<KnownFragmentNamesRule>(query));

    [Theory]
    [InlineData("{ human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name ...HumanFields2 } fragment HumanFields2 on Human { name }")]
    [InlineData("query Foo { human(id: 4) { ...HumanFields1 } }\nfragment HumanFields1 on Human { name }\nfragment Unused1 on Human { name }\nfragment Unused2 on Human { name ...Unused1 }", "Fragment \"Unused1\" is never used. (3:1)", "Fragment \"Unused2\" is never used. (4:1)")]
    [InlineData("fragment foo on Human { name }", "Fragment \"foo\" is never used. (1:1)")]
    public void NoUnusedFragments(string query, params string[] expected) => Assert.Equal(expected, Errors<NoUnusedFragmentsRule>(query));

    [Theory]
    [InlineData("fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }")]
    [InlineData("fragment interfaceWithinUnion on CatOrDog { ...petFragment } fragment petFragment on Pet { name }")]
    [InlineData("fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }", "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". (1:45)")]
    [InlineData("fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }", "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". (1:49)")]
    [InlineData("fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } }", "Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\". (1:49)")]
    [InlineData("fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment } fragment humanOrAlienFragment on Human { name }", "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\". (1:47)")]
    [InlineData("fragment unknown on Dog { ...unknownType } fragment unknownType on Unknown { name }")]
    [InlineData("fragment interfaceWithinInterface on Pet { ...mammalFragment } fragment mammalFragment on Mammal { mother { __typename } }")]
    public void PossibleFragmentSpreads(string query, params string[] expected) => Assert.Equal(expected, Errors<PossibleFragmentSpreadsRule>(query));

    [Theory]
    [InlineData("fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }")]
    [InlineData("fragment nameFragment on Pet { ... on Dog { name } } fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } }")]
    [InlineData("fragment fragA on Human { relatives { ...fragA } }", "Cannot spread fragment \"fragA\" within itself. (1:39)")]
    [InlineData("fragment fragA on Dog { ...fragA }", "Cannot spread fragment \"fragA\" within itself. (1:25)")]
    [InlineData("fragment fragA on Dog { ...fragB }\nfragment fragB on Dog { ...fragA }", "Cannot spread fragment \"fragA\" within itself via \"fragB\". (1:25) (2:25)")]
    [InlineData("fragment fragA on Dog { ...fragB }\nfragment fragB on Dog { ...fragC }\nfragment fragC on Dog { ...fragO ...fragA }\nfragment fragO on Dog { ...fragP }\nfragment fragP on Dog { ...fragA, ...fragX }", "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\". (1:25) (2:25) (3:25) (4:25) (5:25)", "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\". (1:25) (2:25) (3:34)")]
    [InlineData("fragment fragA on Dog { ...fragB, ...fragC } fragment fragB on Dog { ...fragA } fragment fragC on Dog { ...fragA }", "Cannot spread fragment \"fragA\" within itself via \"fragB\". (1:25) (1:70)", "Cannot spread fragment \"fragA\" within itself via \"fragC\". (1:35) (1:105)")]
    public void NoFragmentCycles(string query, params string[] expected) => Assert.Equal(expected, Errors<NoFragmentCyclesRule>(query));

    [Theory]
    [InlineData("query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }")]
    [InlineData("query A($x: Int, $x: Int, $x: String) { __typename }\nquery B($x: String, $x: Int) { __typename }\nquery C($x: Int, $x: Int) { __typename }", "There can be only one variable named \"$x\". (1:10) (1:19) (1:28)", "There can be only one variable named \"$x\". (2:10) (2:22)", "There can be only one variable named \"$x\". (3:10) (3:19)")]
    public void UniqueVariableNames(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueVariableNamesRule>(query));

    [Theory]
    [InlineData("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }")]
    [InlineData("query Foo($a: String, $b: String) { field(a: $a, b: $b, c: $c, d: $d) }", "Variable \"$c\" is not defined by operation \"Foo\". (1:60) (1:1)", "Variable \"$d\" is not defined by operation \"Foo\". (1:67) (1:1)")]
    [InlineData("{ field(a: $a) }", "Variable \"$a\" is not defined. (1:12) (1:1)")]
    [InlineData("query Foo { ...FragA } query Bar($a: String) { ...FragA }\nfragment FragA on Type { field(a: $a) { ...FragB } }\nfragment FragB on Type { field(b: $b) }", "Variable \"$a\" is not defined by operation \"Foo\". (2:35) (1:1)", "Variable \"$b\" is not defined by operation \"Foo\". (3:35) (1:1)", "Variable \"$b\" is not defined by operation \"Bar\". (3:35) (1:24)")]
    [InlineData("query Foo($b: String) { ...FragAB } fragment FragAB on Type { field1(a: $a, b: $b) field2(a: $a) }", "Variable \"$a\" is not defined by operation \"Foo\". (1:73) (1:1)", "Variable \"$a\" is not defined by operation \"Foo\". (1:94) (1:1)")]
    public void NoUndefinedVariables(string query, params string[] expected) => Assert.Equal(expected, Errors<NoUndefinedVariablesRule>(query));

    [Theory]
    [InlineData("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) }")]
    [InlineData("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }", "Variable \"$c\" is never used. (1:32)")]
    [InlineData("query Foo($a: String, $b: String) { ...FragA }\nquery Bar($b: String) { ...FragB }\nfragment FragA on Type { field(a: $a) }\nfragment FragB on Type { field(b: $b) }", "Variable \"$b\" is never used in operation \"Foo\". (1:23)")]
    [InlineData("query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }", "Variable \"$b\" is never used in operation \"Foo\". (1:23)")]
    public void NoUnusedVariables(string query, params string[] expected) => Assert.Equal(expected, Errors<NoUnusedVariablesRule>(query));

    [Theory]
    [InlineData("query Foo @onQuery { name @include(if: true) ...Frag @include(if: true) skippedField @skip(if: true) ...SkippedFrag @skip(if: true) ... @skip(if: true) { skippedField } }")]
    [InlineData("{ dog @unknown(directive: \"value\") { name } }", "Unknown directive \"@unknown\". (1:7)")]
    [InlineData("{ dog @unknown(directive: \"value\") { name } human @unknown(directive: \"value\") { name pets @unknown(directive: \"value\") { name } } }", "Unknown directive \"@unknown\". (1:7)", "Unknown directive \"@unknown\". (1:51)", "Unknown directive \"@unknown\". (1:92)")]
    [InlineData("query ($var: Boolean @onVariableDefinition) @onQuery { name } fragment Frag on Human @onFragmentDefinition { ... @onInlineFragment { name } ...Other @onFragmentSpread }")]
    [InlineData("query Foo($var: Boolean @onField) @include(if: true) { name @onQuery @include(if: $var) ...Frag @onQuery }\nsubscription Bar @onQuery { someField }\nmutation Baz @onSubscription { someField }\nfragment Frag on Human @onInlineFragment { ... @onFragmentSpread { name } }", "Directive \"@onField\" may not be used on VARIABLE_DEFINITION. (1:25)", "Directive \"@include\" may not be used on QUERY. (1:35)", "Directive \"@onQuery\" may not be used on FIELD. (1:61)", "Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD. (1:97)", "Directive \"@onQuery\" may not be used on SUBSCRIPTION. (2:18)", "Directive \"@onSubscription\" may not be used on MUTATION. (3:14)", "Directive \"@onInlineFragment\" may not be used on FRAGMENT_DEFINITION. (4:24)", "Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT. (4:48)")]
    public void KnownDirectives(string query, params string[] expected) => Assert.Equal(expected, Errors<KnownDirectivesRule>(query));

    [Theory]
    [InlineData("fragment Test on Type { field @directive }")]
    [InlineData("fragment Test on Type { field @skip(if: true) @include(if: true) }")]
    [InlineData("fragment Test on Type @onFragmentDefinition { field @onField { innerField @onField } }")]
    [InlineData("fragment Test on Type { field @onField @onField }", "The directive \"@onField\" can only be used once at this location. (1:31) (1:40)")]
    [InlineData("fragment Test on Type { field @onField @onField @onField }", "The directive \"@onField\" can only be used once at this location. (1:31) (1:40)", "The directive \"@onField\" can only be used once at this location. (1:31) (1:49)")]
    [InlineData("fragment Test on Type { field @onField @include(if: true) @onField @include(if: false) }", "The directive \"@onField\" can only be used once at this location. (1:31) (1:59)", "The directive \"@include\" can only be used once at this location. (1:40) (1:68)")]
    [InlineData("fragment Test on Type { field @repeatable @repeatable }")]
    [InlineData("fragment Test on Type @onFragmentDefinition @onFragmentDefinition { field @onField @onField }", "The directive \"@onFragmentDefinition\" can only be used once at this location. (1:23) (1:45)", "The directive \"@onField\" can only be used once at this location. (1:75) (1:84)")]
    public void UniqueDirectivesPerLocation(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueDirectivesPerLocationRule>(query));

    [Theory]
    [InlineData("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("{ dog @skip(if: true) { name } }")]
    [InlineData("{ dog @skip(iff: true) { name } }", "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? (1:13)")]
    [InlineData("{ dog @skip(unless: true) { name } }", "Unknown argument \"unless\" on directive \"@skip\". (1:13)")]
    [InlineData("{ dog @onField(if: true) { name } }", "Unknown argument \"if\" on directive \"@onField\". (1:16)")]
    [InlineData("{ dog @unknown(foo: 1) { name } }")]
    [InlineData("fragment invalidArgName on Dog { doesKnowCommand(unknown: true) }", "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". (1:50)")]
    [InlineData("fragment oneGoodArgOneInvalidArg on Dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) }", "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\". (1:59)", "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". (1:89)")]
    [InlineData("fragment invalidArgName on Dog { doesKnowCommand(DogCommand: true) }", "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (1:50)")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } human { pet(name: \"a\") { ... on Dog { doesKnowCommand(dogCommand: SIT, unknown: true) } } } }", "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". (1:115)")]
    public void KnownArgumentNames(string query, params string[] expected) => Assert.Equal(expected, Errors<KnownArgumentNamesRule>(query));

    [Theory]
    [InlineData("{ field(arg1: \"value\", arg2: \"value\") @directive(arg1: \"value\", arg2: \"value\") }")]
    [InlineData("{ field(arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\". (1:9) (1:24)")]
    [InlineData("{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\". (1:9) (1:24) (1:39)")]
    [InlineData("{ field @directive(arg1: \"value\", arg1: \"value\") }", "There can be only one argument named \"arg1\". (1:20) (1:35)")]
    public void UniqueArgumentNames(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueArgumentNamesRule>(query));

    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: 2) stringArgField(stringArg: \"foo\") booleanArgField(booleanArg: true) enumArgField(enumArg: UNKNOWN) floatArgField(floatArg: 1.1) idArgField(idArg: 1) stringListArgField(stringListArg: [\"one\", null, \"two\"]) } }")]
    [InlineData("{ complicatedArgs { stringArgField(stringArg: 1) } }", "String cannot represent a non string value: 1 (1:47)")]
    [InlineData("{ complicatedArgs { stringArgField(stringArg: true) } }", "String cannot represent a non string value: true (1:47)")]
    [InlineData("{ complicatedArgs { stringArgField(stringArg: BAR) } }", "String cannot represent a non string value: BAR (1:47)")]
    [InlineData("{ complicatedArgs { intArgField(intArg: \"3\") } }", "Int cannot represent non-integer value: \"3\" (1:41)")]
    [InlineData("{ complicatedArgs { intArgField(intArg: 829384293849283498239482938) } }", "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938 (1:41)")]
    [InlineData("{ complicatedArgs { intArgField(intArg: 3.0) } }", "Int cannot represent non-integer value: 3.0 (1:41)")]
    [InlineData("{ complicatedArgs { floatArgField(floatArg: \"3.333\") } }", "Float cannot represent non numeric value: \"3.333\" (1:45)")]
    [InlineData("{ complicatedArgs { booleanArgField(booleanArg: 2) } }", "Boolean cannot represent a non boolean value: 2 (1:49)")]
    [InlineData("{ complicatedArgs { idArgField(idArg: 1.0) } }", "ID cannot represent a non-string and non-integer value: 1.0 (1:39)")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: 2) } }", "Enum \"DogCommand\" cannot represent non-enum value: 2. (1:37)")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: \"SIT\") } }", "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? (1:37)")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: sit) } }", "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (1:37)")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: JUGGLE) } }", "Value \"JUGGLE\" does not exist in \"DogCommand\" enum. (1:37)")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) } }", "String cannot represent a non string value: 2 (1:63)")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: 1) } }", "String cannot represent a non string value: 1 (1:55)")]
    [InlineData("{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }", "Expected value of type \"Int!\", found null. (1:55)")]
    [InlineData("{ complicatedArgs { multipleReqs(req2: \"two\", req1: \"one\") } }", "Int cannot represent non-integer value: \"two\" (1:40)", "Int cannot represent non-integer value: \"one\" (1:53)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }", "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. (1:49)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { stringListField: [\"one\", 2], requiredField: true }) } }", "String cannot represent a non string value: 2 (1:76)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: \"value\" }) } }", "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? (1:72)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: null }) } }", "Expected value of type \"Boolean!\", found null. (1:86)")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: [{ requiredField: true }]) } }", "Expected value of type \"ComplexInput\", found [{requiredField: true}]. (1:49)")]
    [InlineData("{ complicatedArgs { intArgField(intArg: { a: 1 }) } }", "Int cannot represent non-integer value: {a: 1} (1:41)")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\" }) } }")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 }) } }", "OneOf Input Object \"OneOfInput\" must specify exactly one key. (1:45)")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }", "Field \"OneOfInput.stringField\" must be non-null. (1:45)")]
    [InlineData("query ($string: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }")]
    [InlineData("query ($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }")]
    [InlineData("{ dog @include(if: \"yes\") { name @skip(if: ENUM) } }", "Boolean cannot represent a non boolean value: \"yes\" (1:20)", "Boolean cannot represent a non boolean value: ENUM (1:44)")]
    [InlineData("query ($a: Int = \"one\", $b: String = 4, $c: ComplexInput = { requiredField: true, intField: \"three\" }) { dog { name } }", "Int cannot represent non-integer value: \"one\" (1:18)", "String cannot represent a non string value: 4 (1:38)", "Int cannot represent non-integer value: \"three\" (1:93)")]
    [InlineData("query ($a: [String] = [\"one\", 2]) { dog { name } }", "String cannot represent a non string value: 2 (1:31)")]
    public void ValuesOfCorrectType(string query, params string[] expected) => Assert.Equal(expected, Errors<ValuesOfCorrectTypeRule>(query));

    [Theory]
    [InlineData("{ dog { isHouseTrained(unknownArgument: true) } }")]
    [InlineData("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) multipleOpts nonNullFieldWithDefault } }")]
    [InlineData("{ complicatedArgs { multipleReqs(req2: 2) } }", "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. (1:21)")]
    [InlineData("{ complicatedArgs { multipleReqs } }", "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. (1:21)", "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. (1:21)")]
    [InlineData("{ complicatedArgs { multipleOptAndReq(req1: \"one\") } }", "Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided. (1:21)")]
    [InlineData("{ dog @include { name @skip } }", "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (1:7)", "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (1:23)")]
    [InlineData("{ dog @withArgs(optional: \"x\") { name } }", "Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided. (1:7)")]
    public void ProvidedRequiredArguments(string query, params string[] expected) => Assert.Equal(expected, Errors<ProvidedRequiredArgumentsRule>(query));

    [Theory]
    [InlineData("query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }")]
    [InlineData("query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }")]
    [InlineData("query Query($intArg: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }")]
    [InlineData("query Query($intArg: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intArg) } }")]
    [InlineData("query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) { name } }")]
    [InlineData("query Query($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\". (1:13) (1:81)")]
    [InlineData("fragment frag on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }\nquery Query($intArg: Int) { complicatedArgs { ...frag } }", "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\". (2:13) (1:70)")]
    [InlineData("query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: $stringVar) } }", "Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\". (1:13) (1:87)")]
    [InlineData("query Query($boolVar: Boolean) { dog @include(if: $boolVar) { name } }", "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:13) (1:51)")]
    [InlineData("query Query($stringListVar: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $stringListVar) } }", "Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\". (1:13) (1:107)")]
    [InlineData("query Query($intVar: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }", "Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\". (1:13) (1:88)")]
    [InlineData("query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }")]
    [InlineData("query Query($boolVar: Boolean!) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }")]
    [InlineData("query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: $boolVar }) } }", "Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:13) (1:97)")]
    [InlineData("query Query($boolVar: Boolean) { complicatedArgs { complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar }) } }")]
    [InlineData("query ($string: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }", "Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\". (1:8) (1:84)")]
    [InlineData("query ($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }")]
    public void VariablesInAllowedPosition(string query, params string[] expected) => Assert.Equal(expected, Errors<VariablesInAllowedPositionRule>(query));

    [Theory]
    [InlineData("fragment uniqueFields on Dog { name nickname }")]
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalDirectives on Dog { name @include(if: true) name @include(if: true) }")]
    [InlineData("fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }")]
    [InlineData("fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }", "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:56) (1:67)")]
    [InlineData("fragment sameAliasesAllowedOnNonOverlappingFields on Pet { ... on Dog { name } ... on Cat { name: nickname } }")]
    [InlineData("fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }", "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:49) (1:64)")]
    [InlineData("fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:35) (1:51)")]
    [InlineData("fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:35) (1:68)")]
    [InlineData("fragment conflictingArgs on Dog { isAtLocation(x: 0, y: 0) isAtLocation(y: 0, x: 0) }")]
    [InlineData("fragment differentArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: \"SIT\") }", "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:33) (1:66)")]
    [InlineData("fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(x: 0, y: 0) }", "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:35) (1:54)")]
    [InlineData("fragment conflictingDirectiveArgs on Dog { name @include(if: true) name @skip(if: false) }")]
    [InlineData("{ ...A ...B } fragment A on Type { x: a } fragment B on Type { x: b }", "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:36) (1:64)")]
    [InlineData("{ f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } } fragment A on Type { x: a } fragment B on Type { x: b }", "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:82) (1:110)", "Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:52) (1:82)", "Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:52) (1:110)")]
    [InlineData("{ field { x: a }, field { x: b } }", "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:11) (1:19) (1:27)")]
    [InlineData("{ field { x: a y: c }, field { x: b y: d } }", "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:11) (1:16) (1:24) (1:32) (1:37)")]
    [InlineData("{ field { deepField { x: a } deepField { x: b } }, field { deepField { y } } }", "Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:11) (1:23) (1:30) (1:42)")]
    [InlineData("{ field { deepField { y } deepField { y } } }")]
    [InlineData("{ field { ...F } field { ...F } } fragment F on T { deepField { deeperField { x: a } deeperField { x: b } }, deepField { deeperField { y } } }", "Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:65) (1:79) (1:86) (1:100)")]
    [InlineData("{ field { ...F } field { ...I } } fragment F on T { x: a ...G } fragment G on T { y: c } fragment I on T { y: d ...J } fragment J on T { x: b }", "Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:53) (1:83) (1:18) (1:138) (1:108)")]
    [InlineData("{ catOrDog { ... on Dog { name } ... on Cat { name: furColor } } }", "Fields \"name\" conflict because they return conflicting types \"String\" and \"FurColor\". Use different aliases on the fields to fetch both if this was intentional. (1:27) (1:47)")]
    [InlineData("{ pet { ... on Dog { name } ... on Cat { name: meowsVolume } } }", "Fields \"name\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. (1:22) (1:42)")]
    [InlineData("{ dog { name } dog: cat { name } }", "Fields \"dog\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:16)")]
    [InlineData("{ dog { mother { name } } dog { mother: father { name } } }", "Fields \"dog\" conflict because subfields \"mother\" conflict because \"mother\" and \"father\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:9) (1:27) (1:33)")]
    [InlineData("{ human { relatives { name } } human { relatives: pets { name } } }", "Fields \"human\" conflict because subfields \"relatives\" conflict because \"relatives\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3) (1:11) (1:32) (1:40)")]
    [InlineData("fragment F on Dog { ...F name: nickname }\n{ dog { ...F } }")]
    [InlineData("{ a: __typename a: __typename }")]
    public void OverlappingFieldsCanBeMerged(string query, params string[] expected) => Assert.Equal(expected, Errors<OverlappingFieldsCanBeMergedRule>(query));

    [Theory]
    [InlineData("{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }")]
    [InlineData("{ field(arg1: { f: true }, arg2: { f: true }) }")]
    [InlineData("{ field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }")]
    [InlineData("{ field(arg: { f1: \"value\", f1: \"value\" }) }", "There can be only one input field named \"f1\". (1:16) (1:29)")]
    [InlineData("{ field(arg: { f1: \"value\", f1: \"value\", f1: \"value\" }) }", "There can be only one input field named \"f1\". (1:16) (1:29)", "There can be only one input field named \"f1\". (1:16) (1:42)")]
    [InlineData("{ field(arg: { f1: {f2: \"value\", f2: \"value\" }}) }", "There can be only one input field named \"f2\". (1:21) (1:34)")]
    public void UniqueInputFieldNames(string query, params string[] expected) => Assert.Equal(expected, Errors<UniqueInputFieldNamesRule>(query));
}
