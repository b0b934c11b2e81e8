import { orderInput } from '../../../kit/list/order.input';
import { MembershipOrderField } from './membership.enums';

export const MembershipOrder = orderInput(
  'MembershipOrder',
  MembershipOrderField,
  MembershipOrderField.ROLE,
  'memberships',
);
export type MembershipOrder = InstanceType<typeof MembershipOrder>;
