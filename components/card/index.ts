// The entity card, shared by the page's hover card and the popup.
export { EntityCardView, type EntityCardViewProps, type OpenEntity } from './EntityCardView';
export { Namesakes } from './Namesakes';
export { CARD_CSS } from './styles';
export { cardName } from './format';
