// The graphql-js oracle for introspection: reads a JSON array of SDL sources on stdin and writes
// { query, types, typeMaps }: getIntrospectionQuery with every option on, each introspection type as printType
// prints it, and for each source the type names of buildSchema(source).getTypeMap() in order.
import { buildSchema, getIntrospectionQuery, introspectionTypes, printType } from 'graphql';

let input = '';
for await (const chunk of process.stdin) input += chunk;

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const types = Object.fromEntries(introspectionTypes.map((type) => [type.name, printType(type)]));
const typeMaps = JSON.parse(input).map((source) => Object.keys(buildSchema(source).getTypeMap()));
process.stdout.write(JSON.stringify({ query, types, typeMaps }));
