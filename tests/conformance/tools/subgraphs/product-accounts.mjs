// A subgraph written with @apollo/subgraph beside the engine's product test subgraph
// (tests/ProfileGraph.GraphQL.Tests/Federation/ProductSubgraph.cs): it owns users and their purchases, the
// products' weight, the Media interface the product subgraph joins with @interfaceObject, and the field the
// product subgraph takes over with @override(from: "accounts").
const weightOf = (upc) => Number(upc.slice(1)) + 1;

export default {
  name: 'accounts',
  typeDefs: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

    type Query {
      me: User
    }

    type User @key(fields: "id") {
      id: ID!
      name: String @shareable
      purchases: [Product!]!
    }

    type Product @key(fields: "upc") {
      upc: String!
      weight: Int
      name: String @shareable
    }

    type Review @key(fields: "id") {
      id: ID!
      highlighted: Boolean
    }

    interface Media @key(fields: "id") {
      id: ID!
    }

    type Book implements Media @key(fields: "id") {
      id: ID!
      title: String
    }
  `,
  resolvers: {
    Query: {
      me: () => ({ id: 'u1', name: 'Ada' }),
    },
    User: {
      __resolveReference: ({ id }) => ({ id, name: `User ${id.slice(1)}` }),
      purchases: () => ['p1', 'p2', 'p3'].map((upc) => ({ upc })),
    },
    Product: {
      __resolveReference: ({ upc }) => ({ upc, weight: weightOf(upc), name: `Product ${upc.slice(1)}` }),
      weight: ({ upc }) => weightOf(upc),
      name: ({ upc }) => `Product ${upc.slice(1)}`,
    },
    Review: {
      __resolveReference: ({ id }) => ({ id, highlighted: false }),
    },
    Book: {
      __resolveReference: ({ id }) => ({ id, title: `Book ${id}` }),
    },
  },
};
