// A billing subgraph written with @apollo/subgraph beside ProfileGraph (tests/conformance/federation.test.mjs): it
// keys ProfileGraph's User by `provider providerId`, gives every user an account, and has accounts whose owners
// are ProfileGraph users, so a gateway crosses from ProfileGraph to it and back. Plans follow from the owner's id,
// so any user of the emulators has one.
const plans = ['FREE', 'TEAM', 'ENTERPRISE'];

/** The plan of the account of the user with this provider id. */
export const planOf = (providerId) => plans[[...providerId].reduce((sum, c) => sum + c.charCodeAt(0), 0) % plans.length];

const account = (provider, providerId) => ({ id: `${provider}:${providerId}`, plan: planOf(providerId), owner: { provider, providerId } });

export default {
  name: 'accounts',
  typeDefs: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

    type Query {
      "The accounts of these users of one provider, in the order given."
      accounts(provider: Provider!, providerIds: [ID!]!): [Account!]!
    }

    "A billing account."
    type Account @key(fields: "id") {
      id: ID!
      plan: Plan!
      "Who owns it: a ProfileGraph user."
      owner: User!
    }

    enum Plan {
      FREE
      TEAM
      ENTERPRISE
    }

    enum Provider {
      SLACK
      TELEGRAM
      WHATSAPP
      NANDBOX
    }

    type User @key(fields: "provider providerId") {
      provider: Provider!
      providerId: ID!
      account: Account!
    }
  `,
  resolvers: {
    Query: {
      accounts: (_, { provider, providerIds }) => providerIds.map((providerId) => account(provider, providerId)),
    },
    Account: {
      __resolveReference: ({ id }) => {
        const [provider, ...rest] = id.split(':');
        return account(provider, rest.join(':'));
      },
    },
    User: {
      __resolveReference: ({ provider, providerId }) => ({ provider, providerId }),
      account: ({ provider, providerId }) => account(provider, providerId),
    },
  },
};
